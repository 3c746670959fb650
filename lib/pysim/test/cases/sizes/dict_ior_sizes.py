# d |= other merges like dict.update (dict_update_arg): a dict is merged at once (dict_merge
# presizes the table), pairs are inserted one by one.
import sys
d = {"x": 1}
d |= [("y", 2), ("z", 3)]
print(d, sys.getsizeof(d))
e = {}
e |= {i: i for i in range(20)}
print(len(e), sys.getsizeof(e))
f = dict.fromkeys(range(3))
f |= dict.fromkeys(range(100, 130))
print(len(f), sys.getsizeof(f))
g = {}
for i in range(20):
    g |= [(i, i)]
print(len(g), sys.getsizeof(g))
