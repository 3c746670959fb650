class A:
    def __del__(self):
        print('A del')
def f():
    a = A()
    raise KeyError('k')
try:
    f()
except KeyError:
    print('caught')
print('after')
