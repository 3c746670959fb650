# locals() inside a function: 3.11/3.12 return the frame's f_locals dict, the same one on every
# call, refreshed from the locals (a key written that is no local stays; it holds references
# until the call ends); 3.13+ return a new snapshot each time (PEP 667)
import sys

def f():
    x = 1
    locals()['x'] = 2
    print("x", x)
    d = locals()
    d['extra'] = 5
    print(sorted(d))
    print(sorted(locals()))
    print("same dict", locals() is d)
    item = []
    before = sys.getrefcount(item)
    locals()
    print("refs added by locals()", sys.getrefcount(item) - before)
    del item
    print('item' in d)
    print(sorted(locals()))

f()
