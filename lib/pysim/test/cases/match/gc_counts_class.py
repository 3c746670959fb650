import gc

class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = P(1, 2)
gc.collect()
print(gc.get_count())
match p:
    case P(1, 2):
        print(gc.get_count())
match p:
    case P(x, y):
        print(gc.get_count())
match p:
    case P(a=9):
        pass
    case _:
        print(gc.get_count())
