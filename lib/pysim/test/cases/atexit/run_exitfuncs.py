# atexit._run_exitfuncs() runs the callbacks now and clears the list; _clear() drops them unrun.
import atexit, sys

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

r = Resource("db")
atexit.register(r.close)
print(sys.getrefcount(r))
atexit._run_exitfuncs()
print(sys.getrefcount(r))
atexit.register(print, "dropped")
atexit._clear()
atexit.register(print, "at exit")
print("done")
