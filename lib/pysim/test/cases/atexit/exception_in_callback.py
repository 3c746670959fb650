# An exception in an atexit callback is printed as unraisable; the other callbacks still run and
# the exit status stays 0.
import atexit

def boom():
    raise ValueError("in exit")

atexit.register(print, "registered first, runs last")
atexit.register(boom)
atexit.register(print, "registered last, runs first")
print("main done")
