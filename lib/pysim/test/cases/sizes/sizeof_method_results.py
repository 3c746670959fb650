# sys.getsizeof over a class whose __sizeof__ returns something odd, with and without a default
import sys
class Neg:
    def __sizeof__(self): return -1
class Txt:
    def __sizeof__(self): return "big"
class Flt:
    def __sizeof__(self): return 10.0
class Boom:
    def __sizeof__(self): raise KeyError("k")
class Huge:
    def __sizeof__(self): return 2**70
class Idx:
    def __index__(self): return 5
class UsesIdx:
    def __sizeof__(self): return Idx()
class Ok:
    def __sizeof__(self): return 100
print(sys.getsizeof(Ok()), sys.getsizeof(Ok(), 0))
for cls in (Neg, Txt, Flt, Boom, Huge, UsesIdx):
    for args in ((), (-7,)):
        try:
            print(cls.__name__, sys.getsizeof(cls(), *args))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
