# __del__ order at exit for objects used as dict keys and set members (dict_traverse visits each
# value before its key), with the collector disabled (no collection before the modules go).
import gc
gc.disable()
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
    def __hash__(self):
        return self.n
x = D(1)
m = {D(5): D(6), D(7): [D(8), D(9)]}
s = {D(11), D(12)}
y = D(10)
print('main done')
