# From 3.12 an automatic collection runs at the next eval-breaker check, and PyErr_CheckSignals()
# is one: PyObject_Str and PyObject_Repr call it first. So a collection that print() itself
# schedules (its f.write bound method passes the threshold) runs before anything is written.
import gc, sys

class D:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        sys.stdout.write('  del %d\n' % self.n)

gc.collect()
gc.set_threshold(3)
for i in range(8):
    D(i)
    print('line', i, 'x')
gc.set_threshold(700)
print(gc.collect())
t = (1, 2)
gc.collect()
gc.set_threshold(2)
for i in range(6):
    D(i + 10)
    print(repr(t), str(i))
gc.set_threshold(700)
print(gc.collect())
