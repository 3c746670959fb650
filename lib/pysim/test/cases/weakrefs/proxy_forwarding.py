# weakref.proxy forwards attributes, operators, len, `in`, items and iteration to its referent
import weakref


class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vector{tuple(self.xs)}"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.xs, other.xs)])

    def __neg__(self):
        return Vector(*[-a for a in self.xs])

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    __hash__ = None

    def norm2(self):
        return sum(a * a for a in self.xs)


v = Vector(1, 2, 3)
p = weakref.proxy(v)
print(p, str(p), p.xs, p.norm2())
print(len(p), p[0], p[-1], 2 in p, 7 in p, list(p))
print(p + v, v + p, p + p, -p)
p[0] = 10
del p[1]
print(v, p == v, v == p, p != v, p is v)
p.label = "first"
print(v.label, p.label, hasattr(p, "label"))
del p.label
print(hasattr(v, "label"), isinstance(p, Vector), type(p).__name__, p.__class__.__name__)
empty = Vector()
print(bool(p), bool(weakref.proxy(empty)))
q = weakref.proxy(v)
print(q is p, weakref.getweakrefcount(v))

nums = [3, 1, 2]


class Box:
    pass


b = Box()
b.items = nums
pb = weakref.proxy(b)
pb.items.append(4)
print(nums, sorted(pb.items))
try:
    pb.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    pb()
except TypeError as e:
    print("TypeError:", e)
try:
    len(pb)
except TypeError as e:
    print("TypeError:", e)
