try:
    raise ValueError('x')
except ValueError as e:
    print('caught', e)
try:
    e
except NameError as err:
    print('NameError:', err)
