# popitem gives back its entry slot but not the table's usable count: the next inserts resize sooner
import sys
d = {i: i for i in range(9)}
print(sys.getsizeof(d))
d.popitem()
d.popitem()
d[100] = 1
d[101] = 1
print(len(d), sys.getsizeof(d))
d[102] = 1
print(len(d), sys.getsizeof(d))
