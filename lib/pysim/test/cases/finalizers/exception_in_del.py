class A:
    def __del__(self):
        raise ValueError('boom in del')
a = A()
del a
print('still running')
