import weakref
class C:
    pass
c = C()
f = weakref.finalize(c, print, 'finalized', 42)
print(f.alive)
del c
print(f.alive)
