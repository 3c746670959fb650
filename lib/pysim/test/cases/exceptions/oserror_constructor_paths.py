# OSError's constructor: keywords refused, __new__ overrides, calling __init__ again
for call in (lambda: OSError(2, 'x', filename='f'), lambda: FileNotFoundError(errno=2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

class N(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)

n = N(2, 'x', 'f')
print(type(n).__name__, n.args, n.filename)
print(type(OSError.__new__(OSError, 2, 'x')).__name__)
print(type(OSError(True, 'x')).__name__ == type(OSError(1, 'x')).__name__)
e = OSError(2, 'x')
OSError.__init__(e, 3, 'y', 'z')
print(e.args, e.errno, e.filename)
BaseException.__init__(e, 9)
print(e.args, e.errno, str(e))
try:
    BlockingIOError(11, 'x', 2.5)
except TypeError as x:
    print('TypeError:', x)
