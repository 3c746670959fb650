# Is an instance's __dict__ tracked once it exists? 3.13+ store attributes in the instance's
# inline values without tracking the dict; a store through the dict (d[k] = v) tracks it
import gc

class A:
    pass

gc.collect()
a = A()
d = a.__dict__
print("new", gc.is_tracked(d))
a.x = 1
print("int attr", gc.is_tracked(d))
a.y = []
print("list attr", gc.is_tracked(d))
for i in range(3):
    a.y = [i]
print("list attr again", gc.is_tracked(d))
d['z'] = []
print("list via dict", gc.is_tracked(d))
b = A()
b.y = []
print("before __dict__", gc.is_tracked(b.__dict__))
