import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h

print(area(3, 4))
print(area.__name__, area.__doc__, area.__qualname__)
print(area.__wrapped__.__name__, area.__module__)

def plain(x):
    return x
def other():
    pass
other.extra = 1
functools.update_wrapper(plain, other)
print(plain.__name__, plain.extra, plain.__wrapped__ is other)
