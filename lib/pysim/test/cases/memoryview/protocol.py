# The managed buffer seen from Python (gc.get_referents), weak references, pickling, %b, the shapes
# cast() checks, no subclassing; and (3.12+) __buffer__ / __release_buffer__ (PEP 688): a new view
# over a fresh managed buffer, the exporter's export count, a memoryview exporting a buffer refusing release().
import sys, gc, weakref, copy, array
def t(f):
    try:
        r = f()
        print(r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'abc')
m = memoryview(ba)
t(lambda: type(gc.get_referents(m)[0]).__name__)
t(lambda: gc.get_referents(gc.get_referents(m)[0])[0] is ba)
w = weakref.ref(m)
t(lambda: w() is m)
del m
t(lambda: w())
t(lambda: copy.copy(memoryview(b'a')))
t(lambda: str(memoryview(b'a')).startswith('<memory at'))
t(lambda: {memoryview(b'ab'): 1}[b'ab'])
t(lambda: sum(memoryview(array.array('i', [1, 2, 3]))))
t(lambda: sorted(memoryview(b'cab')))
t(lambda: b'%b|%s' % (memoryview(b'xy'), memoryview(b'z')))
t(lambda: memoryview(b'abc').cast('B', shape=[]))
def class_m():
    class M(memoryview):
        pass
t(class_m)
t(lambda: memoryview(b'abcdef').cast('B', shape=[2, 4]))
t(lambda: memoryview(b'abcdef').cast('B', shape=[2, 0]))
t(lambda: memoryview(b'abcdef').cast('B', shape=[2, 'x']))
t(lambda: memoryview(b'abcdef').cast('B', shape=7))
if sys.version_info >= (3, 12):
    v = ba.__buffer__(0)
    print(type(v).__name__, v.obj is ba, v.tolist(), v.readonly)
    t(lambda: ba.append(1))
    t(lambda: ba.__release_buffer__(v))
    ba.append(100)
    print(ba, v.obj if False else '')
    t(lambda: ba.__release_buffer__(v))
    t(lambda: ba.__release_buffer__(memoryview(b'x')))
    t(lambda: ba.__release_buffer__(1))
    t(lambda: b'ab'.__buffer__(1))
    t(lambda: b'ab'.__buffer__(0).tobytes())
    t(lambda: b'ab'.__buffer__('x'))
    m = memoryview(b'xyz')
    e = m.__buffer__(0)
    print(e.obj is m, sys.getrefcount(m))
    t(lambda: m.release())
    m.__release_buffer__(e)
    t(lambda: m.release())
    t(lambda: (array.array('b', [1]).__buffer__(0).format, array.array('i', [1]).__buffer__(4).format))
    t(lambda: memoryview._from_flags(bytearray(b'q'), 1).readonly)
    t(lambda: memoryview._from_flags(memoryview(b'q'), 1).readonly)
# the type's slots as dir() lists them, called through their wrappers
print(dir(memoryview))
m = memoryview(bytearray(b'ab'))
print(memoryview.__len__(m), m.__getitem__(1), m.__setitem__(0, 65), m.__eq__(b'Ab'), m.__lt__(m), list(m.__iter__()))
t(lambda: m.__delitem__(0))
t(lambda: m.__hash__())
t(lambda: memoryview(b'x').__hash__() == hash(b'x'))
t(lambda: m.released)
