import weakref
class C:
    pass
s = weakref.WeakSet()
a, b, c = C(), C(), C()
for o in (a, b, c):
    s.add(o)
print(len(s))
del b
print(len(s))
