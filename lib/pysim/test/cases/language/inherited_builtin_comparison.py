# a subclass of a builtin that defines only __lt__ still compares with its base's __gt__ for `>`:
# that answer ends the comparison, so the reflected __lt__ is not called (max() uses `>`)
class R(list):
    def __lt__(self, other):
        print('R.__lt__ called')
        return False
a, b = R([1]), R([2])
print(a > b, b > a)
print(max(a, b) is b, min(a, b) is a)
class A(list):
    def __gt__(self, other):
        print('A.__gt__ called')
        return True
class B(A):
    pass
print(A() > B())
