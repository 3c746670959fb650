# Attributes of builtin functions, bound builtin methods and method descriptors.
import gc, sys
print(gc.collect.__name__, len.__name__, print.__qualname__, sys.getrefcount.__module__)
print(gc.collect.__self__ is gc, len.__self__ is __builtins__ or len.__self__.__name__)
l = []
m = l.append
print(m.__name__, m.__qualname__, m.__self__ is l, m.__module__, type(m).__name__)
print(sys.getrefcount(l))
del m
print(sys.getrefcount(l))
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__ is list)
print(dict.fromkeys.__qualname__, {}.get.__qualname__, 'x'.upper.__qualname__)
print(repr(gc.collect), repr(len), repr(list.append))
