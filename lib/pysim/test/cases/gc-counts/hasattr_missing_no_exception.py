# hasattr() and getattr() with a default look the name up without making an AttributeError
# object when the generic, type or module getattr finds nothing, so they allocate nothing;
# a Python __getattr__ that raises does make one.
import gc
import sys


class Plain:
    pass


class Hook:
    def __getattr__(self, name):
        raise AttributeError(name)


def measure(label, f):
    gc.collect()
    before = gc.get_count()[0]
    result = f()
    print(label, result, gc.get_count()[0] - before)


p = Plain()
h = Hook()
measure('baseline', lambda: None)
measure('hasattr(instance)', lambda: hasattr(p, 'missing'))
measure('hasattr(class)', lambda: hasattr(Plain, '__slots__'))
measure('hasattr(int)', lambda: hasattr(5, 'missing'))
measure('getattr(instance, default)', lambda: getattr(p, 'missing', None))
measure('getattr(class, default)', lambda: getattr(Plain, 'missing', 0))
measure('hasattr(found)', lambda: hasattr(p, '__class__'))
try:
    getattr(p, 'missing')
except AttributeError as e:
    print(e)
print(hasattr(h, 'x'), hasattr(sys, 'path'), getattr(sys, 'nope', 'default'))
