import functools

@functools.total_ordering
class Grade:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v

print(Grade(1) < Grade(2), Grade(1) <= Grade(1), Grade(3) >= Grade(4))
print(sorted([Grade(3), Grade(1)])[0].v)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
