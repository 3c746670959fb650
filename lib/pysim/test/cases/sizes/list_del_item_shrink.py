# `del l[0]` shrinks the item array on 3.11/3.12 (list_ass_slice); 3.13+ only moves the items down
import sys
l = list(range(20))
sizes = []
for i in range(20):
    del l[0]
    sizes.append(sys.getsizeof(l))
print(sizes)
l.append(1)
print(sys.getsizeof(l))
