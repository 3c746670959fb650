# A builtin type's __dict__ exists from start-up: reading it makes only a mappingproxy,
# which is freed again, so gc.get_count() does not move (the same as for a class).
import gc


class Plain:
    pass


def measure(label, f):
    gc.collect()
    before = gc.get_count()[0]
    result = f()
    print(label, result, gc.get_count()[0] - before)


measure('baseline', lambda: None)
measure('set.__dict__.get', lambda: set.__dict__.get('__slotnames__'))
measure('len(list.__dict__) > 10', lambda: len(list.__dict__) > 10)
measure("'append' in list.__dict__", lambda: 'append' in list.__dict__)
measure('Plain.__dict__.get', lambda: Plain.__dict__.get('x'))
print(type(dict.__dict__).__name__, dict.__dict__['keys'] is dict.keys)
