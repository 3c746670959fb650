t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
