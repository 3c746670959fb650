# frame.clear() on a finished frame kept by a traceback releases its locals at once, first to last
import sys

class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def f():
    a = T('a')
    b = T('b')
    c = T('c')
    del b
    raise ValueError('v')

try:
    f()
except ValueError as e:
    err = e
fr = err.__traceback__.tb_next.tb_frame
print(fr.f_code.co_name, sys.getrefcount(fr))
print(fr.clear())
print('cleared', fr.f_code.co_name, sys.getrefcount(fr))
print(sorted(fr.f_locals))
print(fr.clear(), 'again')
print('end')
