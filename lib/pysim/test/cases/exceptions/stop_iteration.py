it = iter([1])
print(next(it))
print(next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
