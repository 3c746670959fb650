# staticmethod() and classmethod() copy the function's __module__, __name__, __qualname__,
# __doc__ and __annotations__ into a __dict__ of their own (functools_wraps): two gc objects
# each; property, staticmethod, classmethod and complex have no vectorcall, so calling them
# packs the arguments into a tuple first
import gc

def f(x):
    "doc of f"
    return x

gc.collect()
b = gc.get_count()[0]
p = property(f)
print("property", gc.get_count()[0] - b)
b = gc.get_count()[0]
c = complex(b)
print("complex", gc.get_count()[0] - b)
b = gc.get_count()[0]
s = staticmethod(f)
print("staticmethod", gc.get_count()[0] - b)
b = gc.get_count()[0]
m = classmethod(f)
print("classmethod", gc.get_count()[0] - b)
print(s.__dict__)
print(m.__name__, m.__doc__, s.__wrapped__ is f, m.__func__ is f)
print(gc.is_tracked(s.__dict__))
