# Generator pipelines hold one item at a time: items die as soon as the consumer drops them.
import sys

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)

def source(n):
    for i in range(n):
        print('make', i)
        yield Item(i)

def double(items):
    for it in items:
        it.n *= 2
        yield it

for item in double(source(3)):
    print('use', item.n)
print('loop done')
del item
print('---')
total = sum(it.n for it in double(source(2)))
print('total', total)

def numbers():
    n = 0
    while n < 5:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2:
            continue
        yield x
print(list(evens(numbers())))
src = numbers()
ev = evens(src)
print(sys.getrefcount(src))
print(next(ev))
del ev
print(sys.getrefcount(src))
