# e.args = iterable stores a tuple (PySequence_Tuple): the same tuple when given one
import sys
e = Exception(1)
e.args = [1, 2]
print(e.args, type(e.args).__name__)
e.args = 'ab'
print(e.args, str(e))
t = ('x', 'y')
before = sys.getrefcount(t)
e.args = t
print(e.args is t, sys.getrefcount(t) - before)
e.args = range(3)
print(e.args, sys.getrefcount(t) - before)
e.args = {'k': 1}
print(repr(e))
