import functools
import gc

def show(*args, **kwargs):
    return len(args) + len(kwargs)

gc.collect()
counts = [gc.get_count()]

@functools.lru_cache(maxsize=16)
def cached(a, **options):
    return a + len(options)

counts.append(gc.get_count())
cached(1)
cached(1, b=2)
cached(1, b=2)
counts.append(gc.get_count())
p = functools.partial(show, 1, key='v')
counts.append(gc.get_count())
p(2)
p(2, other=3)
counts.append(gc.get_count())
functools.reduce(lambda a, b: a + b, [1, 2, 3, 4])
counts.append(gc.get_count())
key = functools.cmp_to_key(lambda a, b: a - b)
sorted([3, 1, 2], key=key)
counts.append(gc.get_count())
d = {}
d.update({'a': 1}, b=2)
counts.append(gc.get_count())
print(counts)
