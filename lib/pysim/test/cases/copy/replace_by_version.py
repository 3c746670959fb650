# copy.replace() is new in 3.13: it calls the class's __replace__.
import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __replace__(self, **changes):
        return Point(changes.get('x', self.x), changes.get('y', self.y))

p = Point(1, 2)
try:
    q = copy.replace(p, y=5)
    print(q.x, q.y, q is p)
    copy.replace([1, 2])
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
