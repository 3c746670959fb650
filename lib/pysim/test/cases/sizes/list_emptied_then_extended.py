# a list emptied by remove/del keeps no item array (ob_item NULL): its next extend preallocates
# exactly; one shrunk to 0 by list_resize keeps a block and grows with over-allocation
import sys
a = [1, 2][:1]
a.remove(1)
a.extend({5, 6})
print(sys.getsizeof(a))
b = [1, 2][:1]
del b[0]
b.extend((7, 8, 9))
print(sys.getsizeof(b))
c = list(filter(None, []))
c += [1] * 13
print(sys.getsizeof(c))
d = list(zip([]))
d.extend({1: 2, 3: 4})
print(sys.getsizeof(d))
