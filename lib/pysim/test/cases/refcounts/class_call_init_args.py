# calling a class packs the arguments into a tuple (and keywords into a dict, unpacked again for
# __init__), so __init__ sees them with more references than a plain function; 3.13+ specializes
# the call site after its first run (CALL_ALLOC_AND_ENTER_INIT) and passes them straight through
import sys
class Node:
    def __init__(self, value):
        self.refs = sys.getrefcount(value)
def plain(value):
    return sys.getrefcount(value)
payload = []
print(plain(payload))
print([Node(payload).refs for _ in range(3)])
print([Node(value=payload).refs for _ in range(3)])
class Slotted:
    __slots__ = ('refs',)
    def __init__(self, value):
        self.refs = sys.getrefcount(value)
print([Slotted(payload).refs for _ in range(3)])
