# atexit callbacks run when the interpreter shuts down, the last registered first, with the
# arguments they were registered with; each registration holds a reference to the function.
import atexit, sys

def goodbye(name, punctuation="."):
    print("goodbye", name + punctuation)

def report():
    print("report runs first")

n0 = atexit._ncallbacks()
print(sys.getrefcount(goodbye))
print(atexit.register(goodbye, "world", punctuation="!") is goodbye)
print(sys.getrefcount(goodbye))
atexit.register(goodbye, "again")
print(sys.getrefcount(goodbye))
atexit.register(report)
atexit.register(print, "unregistered: never printed")
atexit.unregister(print)
print(atexit._ncallbacks() - n0)
print("end of the program")
