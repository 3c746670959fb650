# complex() turns each part that is not already a float into a temporary float
# (PyNumber_Float), which goes back to the float free list before the complex is made.
# The next float comes from that free list; the one after it takes the freed complex's block.
import gc


def probe(label, make):
    gc.collect()          # a full collection empties the float free list
    c = make()
    addr = id(c)
    del c
    first = float(53)
    second = first + 0.5
    print(label, id(first) == addr, id(second) == addr)


probe('complex(7, 1)', lambda: complex(7, 1))
probe('complex()', lambda: complex())
probe('complex(1.5, 2.5)', lambda: complex(1.5, 2.5))
probe('complex(True, 2.5)', lambda: complex(True, 2.5))
probe('complex(2)', lambda: complex(2))
