# hash(frozenset) is frozenset_hash over the real element hashes (str and bytes hashes are
# SipHash-1-3 under PYTHONHASHSEED=0), independent of insertion order; sets of strings iterate
# in CPython's table order.
print(hash(frozenset()))
print(hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
print(hash(frozenset(['a', 'b'])), hash(frozenset([b'a', b'bc'])))
print(hash(frozenset([(1, 2), 1.5, -1, 'xyz'])))
print(hash(frozenset(range(100))))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
print(hash(frozenset({True, 2 ** 70})))
print(hash('hello'), hash('héllo'), hash('h€llo'), hash(b'hello'), hash(''))
s = set('abcdefgh')
s.discard('c')
print(sorted(s) == sorted('abdefgh'), hash(frozenset(s)))
print({'x', 'y', 'z', 'abc', 'q'})
print(list(frozenset(['spam', 'eggs', 'ham'])))
