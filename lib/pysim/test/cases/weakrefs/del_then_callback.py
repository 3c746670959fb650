import weakref
class C:
    def __del__(self):
        print('__del__')
c = C()
r = weakref.ref(c, lambda r: print('callback'))
del c
print('end')
