class A:
    def __del__(self):
        print('A freed')
a = A()
b = a
del a
print('after del a')
del b
print('after del b')
