# replacing a parameter through f_locals: the caller's object loses the callee's reference at once
# on 3.13, stays referenced by the frame (f_overwritten_fast_locals) on 3.14 until the frame goes,
# and is untouched on 3.11/3.12 (only the snapshot dict changes)
import sys

def callee(arg):
    before = sys.getrefcount(arg)
    sys._getframe().f_locals['arg'] = 'replaced'
    print(type(arg).__name__, sys.getrefcount(obj) - before)

obj = object()
print(sys.getrefcount(obj))
callee(obj)
print(sys.getrefcount(obj))
