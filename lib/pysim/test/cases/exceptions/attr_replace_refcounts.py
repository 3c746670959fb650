# a replaced __cause__, __context__, args or __dict__ is released at once
import sys

class Noisy(Exception):
    def __del__(self):
        print('del', self.args[0])

e = ValueError()
c = Noisy('cause')
print(sys.getrefcount(c))
e.__cause__ = c
print(sys.getrefcount(c))
del c
e.__cause__ = Noisy('cause2')
print('replaced')
e.__cause__ = None
print('cleared')
e.__context__ = Noisy('ctx')
e.__context__ = Noisy('ctx2')
print('ctx replaced')
x = object()
e.args = (x,)
print(sys.getrefcount(x))
e.args = ()
print(sys.getrefcount(x))
e.d = Noisy('in dict')
e.__dict__ = {'a': 1}
print(e.a, sorted(vars(e)))
print('end')
