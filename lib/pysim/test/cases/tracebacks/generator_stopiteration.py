# PEP 479: a StopIteration leaving a generator becomes RuntimeError("generator raised StopIteration"),
# made by gen_send_ex2 in the caller: the StopIteration (its __cause__, so __suppress_context__ is
# True) has the generator frames' traceback entries, the RuntimeError only the caller's.
import sys
def g():
    yield 1
    raise StopIteration('x')
def h():
    yield from g()
try:
    list(h())
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__traceback__.tb_next is None)
    tb = e.__cause__.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print(n)
def k():
    next(iter([]))
    yield
try:
    next(k())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
list(h())
