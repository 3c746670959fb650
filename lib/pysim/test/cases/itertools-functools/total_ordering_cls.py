import functools

@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b)
print(sorted([b, a])[0] is a)
print(Version.__le__.__name__, Version.__gt__.__name__)
try:
    @functools.total_ordering
    class Bare:
        pass
except ValueError as e:
    print(e)
