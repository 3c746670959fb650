print(isinstance(1, (int, str)), type(True) is bool, issubclass(bool, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), type(B()) is A, B.__bases__, A.__name__)
