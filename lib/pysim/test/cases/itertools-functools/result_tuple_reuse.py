import gc
import itertools

names = ['ann', 'bob', 'cy']
scores = [3, 5]
gc.collect()
before = gc.get_count()
for name, score in itertools.zip_longest(names, scores, fillvalue=0):
    pass
after_zip = gc.get_count()
for a, b in itertools.pairwise(range(6)):
    pass
after_pairwise = gc.get_count()
for pair in itertools.combinations(range(5), 2):
    pass
after_comb = gc.get_count()
kept = list(itertools.zip_longest('ab', 'c'))
print(before, after_zip, after_pairwise, after_comb, gc.get_count())
print(kept, kept[0] is kept[1])
