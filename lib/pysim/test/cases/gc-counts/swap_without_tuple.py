# `a, b = b, a` (and three names) makes no tuple: the compiler turns BUILD_TUPLE + UNPACK_SEQUENCE
# into a SWAP. Four names, or a starred target, do build one. min() and max() with several
# arguments build an argument tuple until 3.12 (METH_VARARGS), not from 3.13 (METH_FASTCALL).
import gc

def made(run):
    gc.collect()
    before = gc.get_count()[0]
    run()
    return gc.get_count()[0] - before

def swap2():
    a, b = 1, 2
    a, b = b, a
    return a

def swap3():
    a, b, c = [], {}, ()
    a, b, c = c, a, b
    return a

def swap4():
    a, b, c, d = 1, 2, 3, 4
    a, b, c, d = d, c, b, a
    return a

def star():
    x, y = 5, 6
    a, *b = x, y
    return b

def minmax():
    return max(3, 8, 5) + min(4, 2)

print(made(swap2), made(swap3), made(swap4), made(star), made(minmax))
first, second = "left", "right"
first, second = second, first
print(first, second)
[p, q] = q_, p_ = 10, 20
print(p, q, q_, p_)
