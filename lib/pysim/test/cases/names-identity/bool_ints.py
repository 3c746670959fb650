one = 1
print(True == 1, True is one)
print(hash(True) == hash(1), {1: 'a', True: 'b'})
print(isinstance(True, int), type(True).__mro__)
