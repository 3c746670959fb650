print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(KeyError.__mro__)
try:
    [][1]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
