class A:
    __match_args__ = ["x"]
    x = 1

class B:
    __match_args__ = ("x", 2)
    x = 1

for cls in (A, B):
    try:
        match cls():
            case A(v) | B(_, v):
                print(v)
    except TypeError as e:
        print(type(e).__name__, e)

match B():
    case B(v):
        print("one positional is fine:", v)
