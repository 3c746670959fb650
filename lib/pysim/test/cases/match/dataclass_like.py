class Vec:
    __match_args__ = ("x", "y", "z")
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vec({self.x}, {self.y}, {self.z})"
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y, self.z) == (other.x, other.y, other.z)

def axis(v):
    match v:
        case Vec(x, 0, 0):
            return f"x axis {x}"
        case Vec(0, y, 0):
            return f"y axis {y}"
        case Vec(0, 0, z):
            return f"z axis {z}"
        case Vec(x, y, z=0):
            return f"xy plane {x} {y}"
        case Vec():
            return f"space {v!r}"

for v in (Vec(1), Vec(y=2), Vec(z=3), Vec(1, 2), Vec(1, 2, 3)):
    print(axis(v))
