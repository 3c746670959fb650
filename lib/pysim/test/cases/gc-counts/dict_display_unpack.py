# A dict display with ** builds its plain items as sub-dicts merged in (compiler_dict / compiler_subdict:
# BUILD_MAP then DICT_UPDATE): each sub-dict is a gc allocation of its own, freed after the merge.
import gc, sys
gc.collect()
a = {'x': 1}
c0 = gc.get_count()
d = {**a, 'z': 0}
c1 = gc.get_count()
e = {'p': 1, **a, 'q': 2, 'r': 3}
c2 = gc.get_count()
big = {f'k{i}': i for i in range(3)}
f = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'k8': 8, 'k9': 9, 'k10': 10, 'k11': 11, 'k12': 12, 'k13': 13, 'k14': 14, 'k15': 15, 'k16': 16, 'k17': 17, 'k18': 18, **big}
print(c0, c1, c2, gc.get_count(), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f), list(f)[-3:])
g = {1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [], 8: [], 9: [], 10: [], 11: [], 12: [], 13: [], 14: [], 15: [], 16: [], 17: []}
print(gc.get_count(), sys.getsizeof(g))
try:
    h = {'a': 1, **[1, 2]}
except TypeError as ex:
    print(ex)
try:
    h = {'a': 1, **{'b': 2}, 'c': [][0]}
except IndexError as ex:
    print(ex)
print(gc.get_count())
