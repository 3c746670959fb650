# Automatic collections triggered while a generator runs or resumes happen at the same points as in CPython.
import gc
log = []
gc.callbacks.append(lambda phase, info: log.append((phase, info['generation'])) if phase == 'start' else None)
class A: pass
def make(n):
    for i in range(n):
        a = A()
        a.self = a
        yield i
gc.collect()
log.clear()
marks = []
for i in make(3000):
    if log:
        marks.append(i)
        log.clear()
print(marks[:10])
def make2(n):
    i = 0
    while i < n:
        x = yield [A() for _ in range(3)]
        i += 1
g = make2(2000)
marks = []
next(g)
gc.collect()
log.clear()
k = 0
while True:
    try:
        g.send(k)
    except StopIteration:
        break
    k += 1
    if log:
        marks.append(k)
        log.clear()
print(marks[:10])
print(sum(1 for _ in (A() for i in range(5000))))
