import weakref
class C:
    pass
def cb(ref):
    print('callback, ref dead:', ref() is None)
c = C()
r = weakref.ref(c, cb)
print('deleting')
del c
print('done')
