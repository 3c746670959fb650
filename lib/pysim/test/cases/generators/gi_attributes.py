# Generator introspection: gi_running, gi_suspended, gi_yieldfrom, gi_code.
def inner():
    yield 'a'
    yield 'b'

def outer():
    yield 'start'
    yield from inner()
    yield 'end'

o = outer()
print(o.gi_running, o.gi_suspended, o.gi_yieldfrom)
print(next(o), o.gi_suspended, o.gi_yieldfrom)
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(next(o), o.gi_yieldfrom.gi_suspended)
print(next(o), o.gi_yieldfrom)
print(list(o), o.gi_suspended, o.gi_running)
print(o.gi_code is outer.__code__)

def watch():
    yield me.gi_running
    yield me.gi_suspended
me = watch()
print(list(me))

def over_list():
    yield from [1, 2]
w = over_list()
next(w)
print(type(w.gi_yieldfrom).__name__)
