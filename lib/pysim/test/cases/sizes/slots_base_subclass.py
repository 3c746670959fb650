# A subclass of a slotted class: its __dict__ / __weakref__ as a pre-header or a slot
import sys
class B0:
    __slots__ = ()
class B1:
    __slots__ = ("a",)
class BW:
    __slots__ = ("a", "__weakref__")
class BD:
    __slots__ = ("a", "__dict__")
for B in (B0, B1, BW, BD):
    class Plain(B):
        pass
    class Weak(B):
        __slots__ = ("__weakref__",) if B is not BW else ()
    print(B.__name__, sys.getsizeof(B()), sys.getsizeof(Plain()), Plain.__basicsize__, sys.getsizeof(Weak()))
