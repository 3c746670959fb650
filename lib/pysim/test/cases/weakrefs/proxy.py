import weakref
class C:
    def hello(self):
        return 'hi'
c = C()
p = weakref.proxy(c)
print(p.hello())
del c
try:
    p.hello()
except ReferenceError as e:
    print('ReferenceError:', e)
