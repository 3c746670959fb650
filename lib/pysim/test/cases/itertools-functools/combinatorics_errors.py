import itertools

for call in [lambda: itertools.combinations('abc', -1),
             lambda: itertools.permutations('abc', -1),
             lambda: itertools.product('ab', repeat=-1),
             lambda: itertools.combinations('abc'),
             lambda: itertools.permutations('abc', 'x'),
             lambda: itertools.combinations_with_replacement('abc', -2)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
