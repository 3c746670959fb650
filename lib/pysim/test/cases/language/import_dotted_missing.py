# a dotted import fails at its first missing part; a dotted name is not mangled in a class body
class C:
    try:
        import __m.x
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        import __m
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        import __m.x as q
    except ImportError as e:
        print(type(e).__name__, e)
try:
    import nopkg.sub.deeper
except ImportError as e:
    print(type(e).__name__, e)
try:
    import gc.collect
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.a.b
except ImportError as e:
    print(type(e).__name__, e)
import math.pi
