# calling object's own methods directly
class P:
    pass


p = P()
print(object().__getstate__(), p.__getstate__())
p.v = 3
print(p.__getstate__())


class S:
    __slots__ = ('a', 'b')


s = S()
s.a = 1
print(s.__getstate__())
print(p.__class__ is P, P.__class__ is type, object().__class__)


class Q:
    pass


p.__class__ = Q
print(type(p).__name__, p.v)
try:
    p.__class__ = int
except TypeError as e:
    print(e)
try:
    del p.__class__
except TypeError as e:
    print(e)


class E:
    def __eq__(self, other):
        return True


print(E() != 1, object().__ne__(object()), object.__subclasshook__())
print(object.__doc__)
print(object().__doc__ == object.__doc__, P.__doc__)
