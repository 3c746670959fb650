import sys
class Weird:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Weird()))
print(sys.getsizeof(5, 'default'))
