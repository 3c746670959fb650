keep = []
class A:
    def __del__(self):
        print('del called')
        keep.append(self)
a = A()
del a
print(len(keep))
keep.clear()
print('cleared keep')
