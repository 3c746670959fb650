# One operation, 300 000 times: a call of sys.getrefcount through a module attribute.
import sys
l = [1]
for i in range(300000):
    sys.getrefcount(l)
