# repr() of a list passes each item to its __repr__ as the list holds it (3.14 takes a reference of
# its own first); a tuple's repr never does
import sys
class R:
    def __repr__(self):
        return 'R' + str(sys.getrefcount(self))
def show():
    r = R()
    return repr([r]), repr((r,)), repr({'k': r})
print(show())
