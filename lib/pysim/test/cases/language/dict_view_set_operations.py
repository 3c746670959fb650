# dict_keys and dict_items behave as sets: &, |, - and ^ with any iterable give sets, and they
# compare with sets and other such views; dict_values does neither.
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 2, 'c': 30, 'd': 4}
print(sorted(d.keys() & {'a', 'b', 'x'}), sorted(d.keys() | {'z'}), sorted(d.keys() - {'a'}), sorted(d.keys() ^ {'a', 'q'}))
n = {1: 'x', 2: 'y', 3: 'z'}
print(n.keys() & {2, 3, 9}, n.keys() | {7}, n.keys() - {1}, n.keys() ^ {1, 8}, {5, 3} & n.keys(), [3, 4] - n.keys())
print(sorted(d.keys() & e.keys()), sorted(d.items() & e.items()), sorted(d.keys() - e), sorted(['a', 'q'] - d.keys()))
print(sorted({'a', 'x'} & d.keys()), sorted(['b', 'y'] & d.keys()), sorted(d.keys() | ['y']))
print(d.keys() == {'a', 'b', 'c'}, {'c', 'b', 'a'} == d.keys(), d.keys() == e.keys(), d.keys() == {'b': 0, 'a': 0, 'c': 0}.keys())
print(d.items() == {('a', 1), ('b', 2), ('c', 3)}, d.keys() < {'a', 'b', 'c', 'd'}, d.keys() >= {'a'}, d.keys() != {'a'})
print(d.values() == d.values(), d.keys() == ['a', 'b', 'c'], type(d.keys() & set()).__name__)
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError:", e)
