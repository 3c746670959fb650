# deleting a __slots__ attribute that is already empty: the member descriptor's AttributeError
class Point:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

p = Point()
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e, e.args)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 2
del p.x
del p.x
