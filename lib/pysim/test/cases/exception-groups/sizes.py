import sys
eg = ExceptionGroup("a msg", [ValueError()])
beg = BaseExceptionGroup("m", [KeyboardInterrupt()])
print(sys.getsizeof(eg), sys.getsizeof(beg), sys.getsizeof(ValueError()))
print(sys.getrefcount(eg.exceptions), sys.getrefcount(eg.message))
