# object.__reduce_ex__ asks copyreg._slotnames for the class's slot names; the answer is cached
# in the class as __slotnames__ (a builtin type cannot take it, so a set asks every time).
import copy
import gc


class Plain:
    def __init__(self):
        self.x = [1]


class Slotted:
    __slots__ = ('a', '__hidden')

    def __init__(self):
        self.a = 1
        self.__hidden = 2


print('__slotnames__' in Plain.__dict__, '__slotnames__' in Slotted.__dict__)
copy.copy(Plain())
c = copy.deepcopy(Slotted())
print(Plain.__slotnames__, Slotted.__slotnames__, c.a, c._Slotted__hidden)


def count(label, f):
    gc.collect()
    before = gc.get_count()[0]
    f()
    print(label, gc.get_count()[0] - before)


s = {1, 2, 3}
count('baseline', lambda: None)
count('set.__reduce_ex__(4)', lambda: s.__reduce_ex__(4))
count('set.__reduce_ex__(4) again', lambda: s.__reduce_ex__(4))
count('Plain().__reduce_ex__(4)', lambda: Plain().__reduce_ex__(4))
