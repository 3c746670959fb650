# A __repr__ that returns a non-string: repr() says __repr__, str() and print() say __str__; without
# __str__, str() uses __repr__, except for exceptions, whose str() is BaseException's.
class G:
    def __repr__(self):
        return None
for f in (str, repr, print):
    try:
        f(G())
    except TypeError as e:
        print(f.__name__, e)
class E(Exception):
    def __repr__(self):
        return "R"
print(str(E("x")), repr(E("x")))
class I(int):
    def __repr__(self):
        return "RI"
print(str(I(5)), repr(I(5)))
class L(list):
    def __repr__(self):
        return "RL"
print(str(L()), repr(L()))
