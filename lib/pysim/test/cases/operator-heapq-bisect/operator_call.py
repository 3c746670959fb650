import operator

print(operator.call(len, 'abc'))
print(operator.call(sorted, [3, 1, 2], reverse=True))
print(operator.call(dict, a=1))
def f(*args, **kw):
    return args, kw
print(operator.call(f, 1, 2, x=3))
try:
    operator.call()
except TypeError as e:
    print(e)
try:
    operator.call(42)
except TypeError as e:
    print(e)
