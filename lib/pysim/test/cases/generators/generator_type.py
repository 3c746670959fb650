# The generator type: __next__/__iter__ methods, types.GeneratorType, identity-based equality and hashing.
def g():
    yield 1
    yield 2
x = g()
print(x.__next__(), x.__iter__() is x)
import types
print(isinstance(x, types.GeneratorType))
print(type(x) is types.GeneratorType)
y = (i for i in [1])
print(type(y) is type(x))
print(hash(x) == hash(x), x == x, x != g())
print(bool(x))
print([type(g).__name__])
def r():
    yield 1
    return 'value'
z = r()
z.__next__()
try:
    z.__next__()
except StopIteration as e:
    print('value via __next__:', e.value)
try:
    z.__next__()
except StopIteration as e:
    print('again:', e.args)
