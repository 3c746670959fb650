# A __hash__ result that fits in Py_ssize_t is the hash itself (slot_tp_hash),
# so hash(p) equals hash((x, y)) when __hash__ returns it; -1 becomes -2.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(1, 2)
print(hash(p) == hash((1, 2)), hash(p))
class Big:
    def __hash__(self):
        return 2**64 + 5
class Neg:
    def __hash__(self):
        return -1
class Max:
    def __hash__(self):
        return 2**63 - 1
print(hash(Big()), hash(Neg()), hash(Max()), hash(-2**63))
class M2:
    def __hash__(self):
        return -2**63
print(hash(M2()))
