# A def whose defaults are all constants gets one constant tuple, made when the file is compiled
# and shared with an equal tuple literal of the same file; other defaults build a new tuple.
import gc
import sys

def area(width=2, height=3):
    return width * height

def volume(width=2, height=3):
    return width * height

size = (2, 3)
print(area.__defaults__ is volume.__defaults__, area.__defaults__ is size)
print(sys.getrefcount(area.__defaults__))

def nested(point=(1, 2), label=None):
    return point

print(nested.__defaults__, sys.getrefcount(nested.__defaults__))

start = 10
def counter(step=1, first=start):
    return first + step

print(counter.__defaults__, sys.getrefcount(counter.__defaults__))

gc.collect()
before = gc.get_count()[0]
def make(a=1, b="x", c=-1.5):
    return a
print("gc objects made by the def:", gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
def make_list(a=1, b=[]):
    return b
print("gc objects made by the def:", gc.get_count()[0] - before)
f = lambda x=1, y=2: x + y
print(f.__defaults__ is (lambda x=1, y=2: 0).__defaults__)
