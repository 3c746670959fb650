# Every binding statement mangles: for, with, except, import, del, walrus, and the class body.
import sys


class Ctx:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        return False


class C:
    for __i in range(2):
        pass
    with Ctx() as __w:
        pass
    try:
        1 / 0
    except ZeroDivisionError as __e:
        __msg = str(__e)
    import sys as __sys
    from sys import maxsize as __max
    if (__n := 5) > 0:
        __big = __max > __n
    __tmp = 1
    del __tmp

    def method(self):
        for __k in range(3):
            pass
        try:
            import __nowhere
        except ImportError as __err:
            return __k, repr(__err)


print(sorted(k for k in vars(C) if k.startswith("_C")))
print(C._C__i, C._C__w, C._C__msg, C._C__sys is sys, C._C__big)
print(C().method())
try:
    class D:
        from sys import __missing
except ImportError as e:
    print("ImportError:", e)
