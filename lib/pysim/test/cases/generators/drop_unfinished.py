# A generator dropped while suspended is closed on deallocation: finally runs, then locals die.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del Noisy', self.n)

def task(n):
    res = Noisy(n)
    try:
        yield 'step 1'
        yield 'step 2'
    finally:
        print('finally of task', n)

g = task(1)
print(next(g))
print('rebinding g')
g = task(2)
print(next(g))
print('deleting g')
del g
print('unstarted:')
u = task(3)
del u
print('in a list:')
gens = [task(4), task(5)]
for x in gens:
    next(x)
gens.clear()
print('the loop variable still holds the last one')
del x
print('end of program')
