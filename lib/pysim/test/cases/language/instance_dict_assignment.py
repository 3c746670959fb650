# Assigning and deleting an instance's __dict__: the instance then uses the new dict as its
# namespace (the same object, not a copy); the values of the old namespace are released at once
# unless the old dict object is still referenced; a slot name cannot also be a class attribute.
import sys, gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class C:
    pass

c = C()
c.a = Noisy("a")
c.b = 1
print("before assignment")
c.__dict__ = {"b": 2, "z": Noisy("z")}
print("after assignment", c.b, hasattr(c, "a"), sorted(vars(c)))

kept = c.__dict__
c.__dict__ = {}
print("kept", sorted(kept), sys.getrefcount(kept))
del kept
print("kept dropped")

d = {"y": 8}
c.__dict__ = d
d["x"] = 7
print(c.x, c.y, c.__dict__ is d, sys.getrefcount(d))
c.w = 5
print(sorted(d))

try:
    c.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
del c.__dict__
print(vars(c), sys.getrefcount(d))
c.v = 1
print(vars(c))

# a cycle through an assigned dict is still found by the collector
e = C()
e.__dict__ = {"me": e, "n": Noisy("cyclic")}
del e
print("collected", gc.collect() > 0)

try:
    class A:
        __slots__ = ("x",)
        x = 1
except ValueError as err:
    print("ValueError:", err)

class S:
    __slots__ = ("p",)
s = S()
for attempt in ("s.q = 1", "s.p", "s.__dict__"):
    try:
        exec(attempt)
    except AttributeError as err:
        print("AttributeError:", err)
print("end")
