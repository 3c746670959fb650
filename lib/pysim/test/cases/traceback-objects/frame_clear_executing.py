# frame.clear() refuses a frame that is running: the caller's, its own, a running generator's
import sys

def inner():
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print('caller:', e)
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('own:', e)

def outer():
    x = [1]
    inner()
    print('outer still has', x)

outer()

def gen():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('generator:', e)
    yield 1

print(list(gen()))
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('module:', e)
