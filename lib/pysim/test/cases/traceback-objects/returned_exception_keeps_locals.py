# An exception returned from a function keeps the function's frame, and so its locals, alive
# through its __traceback__; clearing __traceback__ releases them at once.
import sys

class Tracked:
    def __del__(self):
        print('Tracked freed')

def fail():
    data = [1, 2, 3]
    t = Tracked()
    try:
        raise ValueError('bad')
    except ValueError as e:
        return e, data

err, data = fail()
print(sys.getrefcount(data))
print(type(err.__traceback__).__name__, err.__traceback__.tb_frame.f_code.co_name)
err.__traceback__ = None
print(sys.getrefcount(data), err.__traceback__)
print('end')
