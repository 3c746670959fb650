# A subclass of a builtin calls the base's own slot through super() or the
# type: list.__getitem__, dict.__setitem__, str.__hash__, int.__add__…
class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)
    def __setitem__(self, i, v):
        super().__setitem__(i - 1, v)
    def __repr__(self):
        return "OneBased(" + super().__repr__() + ")"
    def __len__(self):
        return super().__len__()
    def __contains__(self, x):
        return super().__contains__(x)
    def __iter__(self):
        return super().__iter__()
    def __eq__(self, o):
        return super().__eq__(o)
    def __add__(self, o):
        return OneBased(super().__add__(o))
ob = OneBased([10, 20, 30])
ob[1] = 11
print(ob[1], ob, len(ob), 20 in ob, list(ob), ob == [11, 20, 30], ob + [4])
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k)
    def __delitem__(self, k):
        super().__delitem__(k)
    def __repr__(self):
        return "LD" + super().__repr__()
d = LoggingDict()
d["a"] = 1
print(d["a"], d)
del d["a"]
print(d)
class MyStr(str):
    def __str__(self):
        return "<" + super().__str__() + ">"
    def __hash__(self):
        return super().__hash__()
    def __eq__(self, o):
        return super().__eq__(o)
s = MyStr("x")
print(s, str(s), hash(s) == hash("x"), s == "x")
class Num(int):
    def __add__(self, o):
        return Num(super().__add__(o))
    def __repr__(self):
        return f"Num({super().__repr__()})"
print(Num(2) + 3, repr(Num(2) + 3))
class A:
    def __str__(self):
        return "<" + super().__str__() + ">"
    def __repr__(self):
        return "A!"
print(A(), str(A()))
print(tuple.__repr__((1,)), list.__len__([1, 2]), str.__contains__("ab", "a"), int.__eq__(1, 1.0), float.__eq__(1.0, 1))
print(int.__add__(1, 2), int.__add__(1, 2.5), (1).__radd__(2), list.__add__([1], [2]), [1].__mul__(2), {1}.__len__())
