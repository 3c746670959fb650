# weakref.finalize registers its exit function with atexit when the first finalizer is made, so it
# runs in its place in the LIFO order.
import atexit, weakref

class Node:
    pass

atexit.register(print, "registered before the finalizer: runs last")
n = Node()
weakref.finalize(n, print, "finalizer of a live node runs at exit")
atexit.register(print, "registered after: runs first")
print("end")
