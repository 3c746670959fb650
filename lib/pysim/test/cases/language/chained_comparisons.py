x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 'a' < 'b' < 'c')
print(None is None is not False)
