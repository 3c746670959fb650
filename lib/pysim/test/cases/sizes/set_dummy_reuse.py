# set.add reuses the last deleted (dummy) slot on its probe path, else takes an unused one
import sys
s = {0, 1, 2}
for i in range(3):
    s.discard(i)
s.add(3)
s.add(0)
print(list(s), sys.getsizeof(s))
s.add(1)
print(list(s), sys.getsizeof(s))
t = set()
for i in (0, 1, 2):
    t.add(i)
for i in (0, 1, 2):
    t.discard(i)
t.add(8)
t.add(16)
t.add(24)
print(list(t), sys.getsizeof(t))
