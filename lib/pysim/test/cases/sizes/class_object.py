import sys
class C:
    pass
print(sys.getsizeof(C) > 0, sys.getsizeof(C.__dict__) > 0)
