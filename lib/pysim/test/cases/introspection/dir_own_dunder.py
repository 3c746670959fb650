# dir() uses a class's own __dir__ and sorts what it returns
class D:
    def __dir__(self):
        return ('b', 'a', 'c')
print(dir(D()), D().__dir__())
class E:
    def __dir__(self):
        return 5
try:
    dir(E())
except TypeError as e:
    print(e)
print(len(dir(D)) == len(dir(object)) + 4)
