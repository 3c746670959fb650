class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = P(1, 2)
before = id((3, 4))
match p:
    case P(x, y):
        after = id((5, 6))
print(before == after)
t1 = id(object())
match {"k": 1}:
    case {"k": v}:
        t2 = id(object())
print(t1 == t2)
