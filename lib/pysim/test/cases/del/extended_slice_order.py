# del lst[::k] and lst[::k] = ... release the old items in slice order once the list
# has its new contents; list.clear() empties the list (getsizeof 56) before releasing.
import sys
class D:
    def __init__(self, n, box):
        self.n = n
        self.box = box
    def __del__(self):
        print('del', self.n, len(self.box), sys.getsizeof(self.box))
box = []
box.extend(D(i, box) for i in range(8))
del box[::2]
print('--')
del box[::-1]
print('--', box)
box2 = []
box2.extend(D(i, box2) for i in range(10, 16))
box2[::2] = ['a', 'b', 'c']
print('--')
box2[::-2] = ['x', 'y', 'z']
print('--', box2)
box3 = []
box3.extend(D(i, box3) for i in range(20, 26))
del box3[4:0:-2]
print('end', len(box3))
box3.clear()
