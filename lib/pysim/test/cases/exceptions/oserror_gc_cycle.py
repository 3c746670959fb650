# an OSError whose filename refers back to it is a cycle the collector frees
import gc

class Name:
    def __del__(self):
        print('Name freed')

gc.collect()
n = Name()
e = OSError(5, 'gone', n)
n.err = e
del n, e
print('collected', gc.collect() > 0)
box = []
e = OSError(5, box)
box.append(e)
del box, e
print(gc.collect())
