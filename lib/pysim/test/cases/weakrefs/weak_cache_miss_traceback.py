# A cache miss in a WeakValueDictionary raises KeyError from inside Lib/weakref.py: the traceback
# shows CPython's own line in weakref.py
import weakref


class Img:
    pass


cache = weakref.WeakValueDictionary()
a = Img()
cache["a"] = a
print(cache["a"] is a, weakref.WeakSet[int], type(weakref.ProxyTypes))
del a
cache["a"]
