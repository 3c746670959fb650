a = ValueError("a")
b = TypeError("b")
a.__context__ = b
c = KeyError("c")
c.__cause__ = a
raise ExceptionGroup("g", [a, b, c])
