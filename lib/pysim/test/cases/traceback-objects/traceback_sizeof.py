# sys.getsizeof of a traceback object: PyObject_HEAD, tb_next, tb_frame, tb_lasti, tb_lineno and
# the collector's header; the same for every entry of a chain.
import sys

def inner():
    raise TypeError('t')

def outer():
    inner()

try:
    outer()
except TypeError as e:
    tb = e.__traceback__
sizes = []
while tb is not None:
    sizes.append(sys.getsizeof(tb))
    tb = tb.tb_next
print(len(sizes), sizes)
