# A suspended generator in an unreachable cycle is closed by the collector (its finally runs)
# before the cycle is freed; next() on a finished generator carries its return value.
import gc

def worker():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

w = worker()
next(w)
holder = [w]
holder.append(holder)
del w, holder
print("collected", gc.collect())

def echo():
    me = yield
    yield me

s = echo()
next(s)
s.send(s)
del s
print("collected", gc.collect())

def gen2():
    yield 5
    return 'ret'

it = gen2()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
print(next(it, 'default'))
