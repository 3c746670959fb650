class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        print('set', v)
        self._c = v
t = Temp()
t.c = 25
print(t.c)
try:
    del t.c
except AttributeError as e:
    print('AttributeError')
