import sys
class C:
    pass
class S:
    __slots__ = ('a', 'b')
print(sys.getsizeof(C()), sys.getsizeof(S()), sys.getsizeof(object()))
