# Generators in reference cycles are found and freed by the cyclic collector.
import gc
gc.disable()
gc.collect()

def gen(holder):
    yield holder
    yield 'second'

# a finished generator's frame is cleared: the cycle through its argument is gone
holder = []
g = gen(holder)
holder.append(g)
print(gc.is_tracked(g))
print(list(g) == [holder, 'second'])
del holder, g
print('collected', gc.collect())

# an unstarted generator kept in a cycle of containers
def numbers():
    yield 1
box = {'g': None}
box['self'] = box
box['g'] = numbers()
del box
print('collected', gc.collect())

# a finished generator kept in a cycle of containers
box = [numbers()]
box.append(box)
print(list(box[0]))
del box
print('collected', gc.collect())
