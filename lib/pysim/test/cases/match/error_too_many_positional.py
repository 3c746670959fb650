class Pair:
    __match_args__ = ("left",)
    def __init__(self, left, right):
        self.left = left
        self.right = right

try:
    match Pair(1, 2):
        case Pair(a, b):
            print(a, b)
except TypeError as e:
    print("TypeError:", e)

match Pair(1, 2):
    case Pair(l, right=r):
        print(l, r)

class Plain:
    pass

match Plain():
    case Plain(x):
        print(x)
