# Classes derived from str, float and tuple: instances keep their class, methods, __dict__ and
# the base type's behaviour; their items and class references are released when they die.
import sys, gc
class S(str):
    def shout(self):
        return self.upper() + "!"
class F(float):
    def half(self):
        return self / 2
class T(tuple):
    def first(self):
        return self[0]
s, f, t = S("hi"), F(2.5), T([1, [2]])
print(type(s), s, repr(s), s.shout(), s == "hi", hash(s) == hash("hi"), isinstance(s, str), len(s), s + "!", type(s + "!"))
print(type(f), f, f.half(), f + 1, type(f + 1), f == 2.5)
print(type(t), t, t.first(), len(t), t == (1, [2]), type(t + (3,)), t[1:], gc.is_tracked(t))
x = [2]
u = T([x, x])
print(sys.getrefcount(x), sys.getrefcount(T))
del u
print(sys.getrefcount(x), sys.getrefcount(T), sys.getrefcount(S))
s.tag = 1
print(s.tag, vars(s))
print({S("a"): 1}["a"], "h" in s, s.upper() is s, str(s), type(str(s)))
import weakref
for obj in (S("w"), F(1.0), T(())):
    try:
        print(type(obj).__name__, weakref.ref(obj)() is obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
print(sys.getrefcount(S), sys.getrefcount(F), sys.getrefcount(T))
