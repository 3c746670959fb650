# __import__() returns the module (help and breakpoint exist as builtins)
m = __import__("math")
print(m.floor(2.5), __import__("gc") is __import__("gc"))
try:
    __import__("nosuchmod")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(e)
print(callable(help), callable(breakpoint))
