eg = ExceptionGroup("n", [ValueError(1), TypeError(2)])
eg.add_note("group note")
try:
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError as t:
        t.add_note("added in handler")
        raise
except ExceptionGroup as r:
    print(repr(r), r is eg, r.__notes__)
    for x in r.exceptions:
        print(repr(x), getattr(x, "__notes__", None))
def f():
    try:
        raise ExceptionGroup("f", [OSError("o"), KeyError("k")])
    except* OSError:
        pass
    return "unreached?"
try:
    print(f())
except* KeyError as k:
    print("outer caught", repr(k))
import gc
gc.collect()
class Node(Exception):
    pass
a = Node()
g = ExceptionGroup("cyc", [a])
a.group = g
del a, g
print(gc.collect())
