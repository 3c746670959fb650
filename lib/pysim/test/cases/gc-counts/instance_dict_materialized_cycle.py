# A cycle through an instance's __dict__ once the dict object exists (a.__dict__, vars(a)):
# 3.13+ keep the values inside the instance, so the collector finds the instance only and the
# dict goes by reference counting; 3.11/3.12 count the dict too. A dict made combined (a
# non-str key) holds its own values on every version.
import gc

class A:
    pass

gc.collect()
a = A()
a.__dict__['me'] = a
del a
print("through __dict__", gc.collect())
a = A()
a.y = [1]
vars(a)['me'] = a
del a
print("through vars()", gc.collect())
a = A()
d = a.__dict__
a.me = a
del a, d
print("dict made, then attribute", gc.collect())
a = A()
a.__dict__[1] = a
del a
print("non-str key", gc.collect())
