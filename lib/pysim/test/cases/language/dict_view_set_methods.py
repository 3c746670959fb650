# The set operations of dict_keys and dict_items as methods, and the views' own methods
d = {1: "a", 2: "b", 3: "c"}
k, i, v = d.keys(), d.items(), d.values()
print(sorted(k & {1, 4}), sorted(k.__and__({1, 4})), sorted(k.__rand__([2, 5])))
print(sorted(k | {9}), sorted(k.__or__({9})), sorted(k.__ror__((0,))))
print(sorted(k - {1}), sorted(k.__sub__({1})), sorted(k.__rsub__({1, 7})), sorted({1, 7} - k))
print(sorted(k ^ {1, 8}), sorted(k.__xor__({1, 8})), sorted(k.__rxor__([1, 8])))
print(sorted(i & {(1, "a"), (2, "x")}), sorted(i.__or__([(4, "d")])), sorted(i.__rsub__({(1, "a"), (5, "e")})))
print(k.__and__(5) if False else k.__and__(k) == set(k), k.__contains__(2), i.__contains__((2, "b")), i.__contains__((2, "z")))
print(k.__len__(), i.__len__(), v.__len__(), list(k.__iter__()), list(v.__iter__()), list(i.__iter__()))
print(k.isdisjoint({7, 8}), k.isdisjoint([3]), i.isdisjoint({(1, "a")}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(k.mapping, i.mapping, v.mapping, k.mapping["a" if False else 1], type(k.mapping).__name__)
d[4] = "d"
print(len(k.mapping), 4 in v.mapping)
for call in [lambda: k.__and__(), lambda: k.isdisjoint(1), lambda: k.mapping.__setitem__(1, 2), lambda: k.__len__(1),
             lambda: k.__and__(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
