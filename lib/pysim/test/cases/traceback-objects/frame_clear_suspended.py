# frame.clear() on a suspended generator's frame: 3.11/3.12 close the generator (its frame
# object then keeps the locals); 3.13+ raise RuntimeError and the generator goes on
import sys

class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

frames = []
def gen():
    x = T('x')
    frames.append(sys._getframe())
    try:
        yield 1
    finally:
        print('finally in generator')
    yield 2

it = gen()
print(next(it))
try:
    print('clear returned', frames[0].clear())
except RuntimeError as e:
    print('RuntimeError:', e)
print(list(it))
print(sorted(frames[0].f_locals))
del it
print('generator dropped')
frames.clear()
print('end')
