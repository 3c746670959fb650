# sys.exc_info() inside an except block gives (type, value, traceback) of the exception being
# handled; outside any handler it is (None, None, None).
import sys

def g():
    try:
        [][1]
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is v.__traceback__, tb.tb_lineno)
        print(sys.exception() is v)
    print(sys.exc_info(), sys.exception())

g()
try:
    g()
    int('x')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[2].tb_next)
print(sys.exc_info())
