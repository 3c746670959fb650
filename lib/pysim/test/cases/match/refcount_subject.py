import sys
data = [1, 2, 3]
print(sys.getrefcount(data))

match data:
    case [a, b, c] if sys.getrefcount(data) > 0:
        print("in guard", sys.getrefcount(data))
        print("in body", sys.getrefcount(data))

match data:
    case (1, 2):
        pass
    case [*_] if print("guard of last case", sys.getrefcount(data)) is None:
        print("body", sys.getrefcount(data))
print("after", sys.getrefcount(data))
