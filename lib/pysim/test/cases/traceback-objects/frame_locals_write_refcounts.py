# a local replaced through f_locals is released at once on 3.13+; the new value gains the local's
# reference (on 3.11/3.12 only the snapshot dict changes)
import sys

class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def f():
    t = T('old')
    new = T('new')
    loc = sys._getframe().f_locals
    before = sys.getrefcount(new)
    loc['t'] = new
    print('written', sys.getrefcount(new) - before)
    loc['t'] = new
    print('same again', sys.getrefcount(new) - before)
    del new
    print('t is', t.name)

f()
print('end')
