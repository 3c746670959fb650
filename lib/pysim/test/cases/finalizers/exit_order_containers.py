# __del__ order at interpreter exit for objects bound to globals and held in lists, tuples, dicts
# and nested lists: the shutdown collection finalizes in the collector's order (the objects bound
# directly first, then each container's items as list_traverse / tupletraverse rescued them, last
# to first, and a dict's values in insertion order).
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
items = [D(1), D(2), D(3)]
t = (D(4), D(5))
x = D(6)
d = {'a': D(7), 'b': D(8)}
nested = [[D(9), D(10)], [D(11)]]
y = D(12)
print('main done')
