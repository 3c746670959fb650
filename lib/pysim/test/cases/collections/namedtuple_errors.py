from collections import namedtuple

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)

attempt(namedtuple, "P", "x class")
attempt(namedtuple, "P", "x 1y")
attempt(namedtuple, "P", "x _y")
attempt(namedtuple, "P", "x x")
attempt(namedtuple, "def", "x")
attempt(namedtuple, "P", ["x", 3])
attempt(namedtuple, "P-Q", "x")
attempt(namedtuple, "P", "x y", defaults=[1, 2, 3])
attempt(namedtuple, "P", "x y", rename=True, defaults=(1,))
P = namedtuple("P", "x y")
attempt(P, 1)
attempt(P, 1, 2, 3)
attempt(P, 1, z=2)
attempt(P, 1, x=2)
attempt(P._make, [1])
attempt(P._make, [1, 2, 3])
p = P(1, 2)
attempt(p._replace, z=5)
attempt(setattr, p, "x", 5)
attempt(delattr, p, "x")
attempt(setattr, p, "z", 5)
attempt(getattr, p, "z")
attempt(lambda: p[2])
attempt(lambda: P.x.__get__(5))
attempt(lambda: P.x.__get__((), P))
print(P.x.__get__(None, P) is P.x)
attempt(P.__new__, P, 1)
