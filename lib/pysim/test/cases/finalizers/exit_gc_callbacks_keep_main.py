# A function in gc.callbacks keeps __main__'s globals alive through shutdown: the callbacks see
# the collection made while __main__ is still loaded, and no __del__ of a global runs.
import gc
def cb(phase, info):
    print('gc', phase, info['generation'])
gc.callbacks.append(cb)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
x = D(1)
items = [D(2), D(3)]
print('main done')
