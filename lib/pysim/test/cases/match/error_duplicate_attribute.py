class C:
    __match_args__ = ("x",)
    x = 1

match C():
    case C(x, x=y):
        print(x, y)
