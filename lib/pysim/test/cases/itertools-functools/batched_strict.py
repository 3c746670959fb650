import itertools
import sys

if sys.version_info >= (3, 13):
    try:
        list(itertools.batched('ABCDEFG', 3, strict=True))
    except ValueError as e:
        print(e)
    print(list(itertools.batched('ABCDEF', 3, strict=True)))
else:
    try:
        itertools.batched('ABCDEFG', 3, strict=True)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
