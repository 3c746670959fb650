# A generator function returns a generator object; next(), for, list() and sum() drive it.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith('<generator object count_up at 0x'))
print(iter(g) is g)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(g, 'default'))
print(list(count_up(5)), sum(count_up(101)))
for x in count_up(2):
    print('for', x)
print(max(count_up(4)), sorted(count_up(3), reverse=True), tuple(count_up(2)))

class Box:
    def items(self):
        yield 'a'
        yield 'b'
print(Box.items.__qualname__, list(Box().items()))
print(Box().items().__qualname__)
