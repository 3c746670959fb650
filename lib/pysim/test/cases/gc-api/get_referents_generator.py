# gen_traverse: gi_name and gi_qualname (3.11: gi_code first), then while the frame is not
# cleared the frame's function, code, locals and value stack; an exhausted generator keeps its names
import gc
def gen(a):
    b = [a]
    yield 1
    yield 2
g = gen(5)
print([type(x).__name__ for x in gc.get_referents(g)])
next(g)
print([type(x).__name__ for x in gc.get_referents(g)])
print([x for x in gc.get_referents(g) if type(x) is str])
for _ in g:
    pass
print([type(x).__name__ for x in gc.get_referents(g)])
g2 = (x for x in [1])
print([type(x).__name__ for x in gc.get_referents(g2)])
