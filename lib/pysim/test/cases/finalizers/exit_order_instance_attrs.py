# __del__ order at exit for objects held by a list built by a comprehension, by an instance's
# attributes and by globals: where __main__'s dict sits among the generations (the oldest on 3.11,
# generation 1 on 3.12/3.13) decides which objects the shutdown collection meets first.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
items = [D(2), D(3), D(4)]
x = D(1)
class H:
    pass
h = H()
h.a = D(8)
h.b = D(9)
built = [D(i) for i in range(10, 13)]
y = D(5)
print('main done')
