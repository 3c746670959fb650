import sys
val = object()
d = {"x": val, "y": 2}
print(sys.getrefcount(val), sys.getrefcount(d))
match d:
    case {"x": v} if print("guard", sys.getrefcount(val), sys.getrefcount(d)) is None:
        print("body", sys.getrefcount(val), sys.getrefcount(d))
    case _:
        pass
print("after", sys.getrefcount(val), sys.getrefcount(d))
