# 3.11/3.12: locals() in a function fills the frame's own f_locals dict, which keeps
# references to the locals until the call ends; 3.13+ returns a new snapshot each time.
import sys
def f():
    data = [1, 2]
    print(sys.getrefcount(data))
    snap = locals()
    print(sys.getrefcount(data), snap is locals())
    other = 'new'
    print(sorted(snap))
    del data
    print(sorted(locals()))
    snap['extra'] = 1
    print(sorted(locals()))
f()
class Res:
    def __del__(self):
        print('freed')
def g():
    r = Res()
    locals()
    del r
    print('after del r')
g()
print('end')
try:
    vars(1, 2)
except TypeError as e:
    print(e)
