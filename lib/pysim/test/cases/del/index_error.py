l = [1, 2]
try:
    del l[5]
except IndexError as e:
    print('IndexError:', e)
