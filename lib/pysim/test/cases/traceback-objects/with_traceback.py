# e.with_traceback(tb) sets __traceback__ and returns the exception; a traceback or None only.
def boom():
    raise RuntimeError('first')

try:
    boom()
except RuntimeError as e:
    tb = e.__traceback__

e2 = ValueError('second')
print(e2.__traceback__)
print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb)
print(e2.__traceback__.tb_next.tb_frame.f_code.co_name)
e2.__traceback__ = None
print(e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as x:
    print('TypeError:', x)
try:
    del e2.__traceback__
except TypeError as x:
    print('TypeError:', x)
