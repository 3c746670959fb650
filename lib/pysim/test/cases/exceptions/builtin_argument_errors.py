# Builtin methods and functions called with too few, too many or keyword arguments, or on the
# wrong type: the error each version raises (they used to be internal errors).
try:
    print('"abc".center()', type("abc".center()).__name__)
except Exception as e:
    print('"abc".center()', type(e).__name__ + ':', e)
try:
    print('"abc".center(None)', type("abc".center(None)).__name__)
except Exception as e:
    print('"abc".center(None)', type(e).__name__ + ':', e)
try:
    print('"abc".center(1, type(2, 3, 4, 5)', "abc".center(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".center(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".center(x=1)', type("abc".center(x=1)).__name__)
except Exception as e:
    print('"abc".center(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".count()', type("abc".count()).__name__)
except Exception as e:
    print('"abc".count()', type(e).__name__ + ':', e)
try:
    print('"abc".count(None)', type("abc".count(None)).__name__)
except Exception as e:
    print('"abc".count(None)', type(e).__name__ + ':', e)
try:
    print('"abc".count(1, type(2, 3, 4, 5)', "abc".count(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".count(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".count(x=1)', type("abc".count(x=1)).__name__)
except Exception as e:
    print('"abc".count(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".isdigit()', type("abc".isdigit()).__name__)
except Exception as e:
    print('"abc".isdigit()', type(e).__name__ + ':', e)
try:
    print('"abc".isdigit(None)', type("abc".isdigit(None)).__name__)
except Exception as e:
    print('"abc".isdigit(None)', type(e).__name__ + ':', e)
try:
    print('"abc".isdigit(1, type(2, 3, 4, 5)', "abc".isdigit(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".isdigit(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".isdigit(x=1)', type("abc".isdigit(x=1)).__name__)
except Exception as e:
    print('"abc".isdigit(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".join()', type("abc".join()).__name__)
except Exception as e:
    print('"abc".join()', type(e).__name__ + ':', e)
try:
    print('"abc".join(None)', type("abc".join(None)).__name__)
except Exception as e:
    print('"abc".join(None)', type(e).__name__ + ':', e)
try:
    print('"abc".join(1, type(2, 3, 4, 5)', "abc".join(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".join(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".join(x=1)', type("abc".join(x=1)).__name__)
except Exception as e:
    print('"abc".join(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".ljust()', type("abc".ljust()).__name__)
except Exception as e:
    print('"abc".ljust()', type(e).__name__ + ':', e)
try:
    print('"abc".ljust(None)', type("abc".ljust(None)).__name__)
except Exception as e:
    print('"abc".ljust(None)', type(e).__name__ + ':', e)
try:
    print('"abc".ljust(1, type(2, 3, 4, 5)', "abc".ljust(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".ljust(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".ljust(x=1)', type("abc".ljust(x=1)).__name__)
except Exception as e:
    print('"abc".ljust(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".partition()', type("abc".partition()).__name__)
except Exception as e:
    print('"abc".partition()', type(e).__name__ + ':', e)
try:
    print('"abc".partition(None)', type("abc".partition(None)).__name__)
except Exception as e:
    print('"abc".partition(None)', type(e).__name__ + ':', e)
try:
    print('"abc".partition(1, type(2, 3, 4, 5)', "abc".partition(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".partition(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".partition(x=1)', type("abc".partition(x=1)).__name__)
except Exception as e:
    print('"abc".partition(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".removeprefix()', type("abc".removeprefix()).__name__)
except Exception as e:
    print('"abc".removeprefix()', type(e).__name__ + ':', e)
try:
    print('"abc".removeprefix(None)', type("abc".removeprefix(None)).__name__)
except Exception as e:
    print('"abc".removeprefix(None)', type(e).__name__ + ':', e)
try:
    print('"abc".removeprefix(1, type(2, 3, 4, 5)', "abc".removeprefix(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".removeprefix(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".removeprefix(x=1)', type("abc".removeprefix(x=1)).__name__)
except Exception as e:
    print('"abc".removeprefix(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".replace()', type("abc".replace()).__name__)
except Exception as e:
    print('"abc".replace()', type(e).__name__ + ':', e)
try:
    print('"abc".replace(None)', type("abc".replace(None)).__name__)
except Exception as e:
    print('"abc".replace(None)', type(e).__name__ + ':', e)
try:
    print('"abc".replace(1, type(2, 3, 4, 5)', "abc".replace(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".replace(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".replace(x=1)', type("abc".replace(x=1)).__name__)
except Exception as e:
    print('"abc".replace(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".split()', type("abc".split()).__name__)
except Exception as e:
    print('"abc".split()', type(e).__name__ + ':', e)
try:
    print('"abc".split(None)', type("abc".split(None)).__name__)
except Exception as e:
    print('"abc".split(None)', type(e).__name__ + ':', e)
try:
    print('"abc".split(1, type(2, 3, 4, 5)', "abc".split(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".split(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".split(x=1)', type("abc".split(x=1)).__name__)
except Exception as e:
    print('"abc".split(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".strip()', type("abc".strip()).__name__)
except Exception as e:
    print('"abc".strip()', type(e).__name__ + ':', e)
try:
    print('"abc".strip(None)', type("abc".strip(None)).__name__)
except Exception as e:
    print('"abc".strip(None)', type(e).__name__ + ':', e)
try:
    print('"abc".strip(1, type(2, 3, 4, 5)', "abc".strip(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".strip(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".strip(x=1)', type("abc".strip(x=1)).__name__)
except Exception as e:
    print('"abc".strip(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".upper()', type("abc".upper()).__name__)
except Exception as e:
    print('"abc".upper()', type(e).__name__ + ':', e)
try:
    print('"abc".upper(None)', type("abc".upper(None)).__name__)
except Exception as e:
    print('"abc".upper(None)', type(e).__name__ + ':', e)
try:
    print('"abc".upper(1, type(2, 3, 4, 5)', "abc".upper(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".upper(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".upper(x=1)', type("abc".upper(x=1)).__name__)
except Exception as e:
    print('"abc".upper(x=1)', type(e).__name__ + ':', e)
try:
    print('"abc".zfill()', type("abc".zfill()).__name__)
except Exception as e:
    print('"abc".zfill()', type(e).__name__ + ':', e)
try:
    print('"abc".zfill(None)', type("abc".zfill(None)).__name__)
except Exception as e:
    print('"abc".zfill(None)', type(e).__name__ + ':', e)
try:
    print('"abc".zfill(1, type(2, 3, 4, 5)', "abc".zfill(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('"abc".zfill(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('"abc".zfill(x=1)', type("abc".zfill(x=1)).__name__)
except Exception as e:
    print('"abc".zfill(x=1)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].append()', [3, 1, 2].append()).__name__)
except Exception as e:
    print('[3, 1, 2].append()', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].append(None)', [3, 1, 2].append(None)).__name__)
except Exception as e:
    print('[3, 1, 2].append(None)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].append(1, 2, 3, 4, 5)', [3, 1, 2].append(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('[3, 1, 2].append(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].append(x=1)', [3, 1, 2].append(x=1)).__name__)
except Exception as e:
    print('[3, 1, 2].append(x=1)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].index()', [3, 1, 2].index()).__name__)
except Exception as e:
    print('[3, 1, 2].index()', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].index(None)', [3, 1, 2].index(None)).__name__)
except Exception as e:
    print('[3, 1, 2].index(None)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].index(1, 2, 3, 4, 5)', [3, 1, 2].index(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('[3, 1, 2].index(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].index(x=1)', [3, 1, 2].index(x=1)).__name__)
except Exception as e:
    print('[3, 1, 2].index(x=1)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].insert()', [3, 1, 2].insert()).__name__)
except Exception as e:
    print('[3, 1, 2].insert()', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].insert(None)', [3, 1, 2].insert(None)).__name__)
except Exception as e:
    print('[3, 1, 2].insert(None)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].insert(1, 2, 3, 4, 5)', [3, 1, 2].insert(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('[3, 1, 2].insert(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].insert(x=1)', [3, 1, 2].insert(x=1)).__name__)
except Exception as e:
    print('[3, 1, 2].insert(x=1)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].pop()', [3, 1, 2].pop()).__name__)
except Exception as e:
    print('[3, 1, 2].pop()', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].pop(None)', [3, 1, 2].pop(None)).__name__)
except Exception as e:
    print('[3, 1, 2].pop(None)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].pop(1, 2, 3, 4, 5)', [3, 1, 2].pop(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('[3, 1, 2].pop(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].pop(x=1)', [3, 1, 2].pop(x=1)).__name__)
except Exception as e:
    print('[3, 1, 2].pop(x=1)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].reverse()', [3, 1, 2].reverse()).__name__)
except Exception as e:
    print('[3, 1, 2].reverse()', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].reverse(None)', [3, 1, 2].reverse(None)).__name__)
except Exception as e:
    print('[3, 1, 2].reverse(None)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].reverse(1, 2, 3, 4, 5)', [3, 1, 2].reverse(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('[3, 1, 2].reverse(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('[3, type(1, 2].reverse(x=1)', [3, 1, 2].reverse(x=1)).__name__)
except Exception as e:
    print('[3, 1, 2].reverse(x=1)', type(e).__name__ + ':', e)
try:
    print('{1: 2}.get()', type({1: 2}.get()).__name__)
except Exception as e:
    print('{1: 2}.get()', type(e).__name__ + ':', e)
try:
    print('{1: 2}.get(None)', type({1: 2}.get(None)).__name__)
except Exception as e:
    print('{1: 2}.get(None)', type(e).__name__ + ':', e)
try:
    print('{1: 2}.get(1, type(2, 3, 4, 5)', {1: 2}.get(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('{1: 2}.get(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('{1: 2}.get(x=1)', type({1: 2}.get(x=1)).__name__)
except Exception as e:
    print('{1: 2}.get(x=1)', type(e).__name__ + ':', e)
try:
    print('{1: 2}.keys()', type({1: 2}.keys()).__name__)
except Exception as e:
    print('{1: 2}.keys()', type(e).__name__ + ':', e)
try:
    print('{1: 2}.keys(None)', type({1: 2}.keys(None)).__name__)
except Exception as e:
    print('{1: 2}.keys(None)', type(e).__name__ + ':', e)
try:
    print('{1: 2}.keys(1, type(2, 3, 4, 5)', {1: 2}.keys(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('{1: 2}.keys(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('{1: 2}.keys(x=1)', type({1: 2}.keys(x=1)).__name__)
except Exception as e:
    print('{1: 2}.keys(x=1)', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.add()', {1, 2}.add()).__name__)
except Exception as e:
    print('{1, 2}.add()', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.add(None)', {1, 2}.add(None)).__name__)
except Exception as e:
    print('{1, 2}.add(None)', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.add(1, 2, 3, 4, 5)', {1, 2}.add(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('{1, 2}.add(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.add(x=1)', {1, 2}.add(x=1)).__name__)
except Exception as e:
    print('{1, 2}.add(x=1)', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.union()', {1, 2}.union()).__name__)
except Exception as e:
    print('{1, 2}.union()', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.union(None)', {1, 2}.union(None)).__name__)
except Exception as e:
    print('{1, 2}.union(None)', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.union(1, 2, 3, 4, 5)', {1, 2}.union(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('{1, 2}.union(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('{1, type(2}.union(x=1)', {1, 2}.union(x=1)).__name__)
except Exception as e:
    print('{1, 2}.union(x=1)', type(e).__name__ + ':', e)
try:
    print('(1, type(2).count()', (1, 2).count()).__name__)
except Exception as e:
    print('(1, 2).count()', type(e).__name__ + ':', e)
try:
    print('(1, type(2).count(None)', (1, 2).count(None)).__name__)
except Exception as e:
    print('(1, 2).count(None)', type(e).__name__ + ':', e)
try:
    print('(1, type(2).count(1, 2, 3, 4, 5)', (1, 2).count(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('(1, 2).count(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('(1, type(2).count(x=1)', (1, 2).count(x=1)).__name__)
except Exception as e:
    print('(1, 2).count(x=1)', type(e).__name__ + ':', e)
try:
    print('round()', type(round()).__name__)
except Exception as e:
    print('round()', type(e).__name__ + ':', e)
try:
    print('round(None)', type(round(None)).__name__)
except Exception as e:
    print('round(None)', type(e).__name__ + ':', e)
try:
    print('round(1, type(2, 3, 4, 5)', round(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('round(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('round(x=1)', type(round(x=1)).__name__)
except Exception as e:
    print('round(x=1)', type(e).__name__ + ':', e)
try:
    print('round([])', type(round([])).__name__)
except Exception as e:
    print('round([])', type(e).__name__ + ':', e)
try:
    print("round('a')", type(round('a')).__name__)
except Exception as e:
    print("round('a')", type(e).__name__ + ':', e)
try:
    print('enumerate()', type(enumerate()).__name__)
except Exception as e:
    print('enumerate()', type(e).__name__ + ':', e)
try:
    print('enumerate(None)', type(enumerate(None)).__name__)
except Exception as e:
    print('enumerate(None)', type(e).__name__ + ':', e)
try:
    print('enumerate(1, type(2, 3, 4, 5)', enumerate(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('enumerate(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('enumerate(x=1)', type(enumerate(x=1)).__name__)
except Exception as e:
    print('enumerate(x=1)', type(e).__name__ + ':', e)
try:
    print('enumerate([])', type(enumerate([])).__name__)
except Exception as e:
    print('enumerate([])', type(e).__name__ + ':', e)
try:
    print("enumerate('a')", type(enumerate('a')).__name__)
except Exception as e:
    print("enumerate('a')", type(e).__name__ + ':', e)
try:
    print('any()', type(any()).__name__)
except Exception as e:
    print('any()', type(e).__name__ + ':', e)
try:
    print('any(None)', type(any(None)).__name__)
except Exception as e:
    print('any(None)', type(e).__name__ + ':', e)
try:
    print('any(1, type(2, 3, 4, 5)', any(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('any(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('any(x=1)', type(any(x=1)).__name__)
except Exception as e:
    print('any(x=1)', type(e).__name__ + ':', e)
try:
    print('any([])', type(any([])).__name__)
except Exception as e:
    print('any([])', type(e).__name__ + ':', e)
try:
    print("any('a')", type(any('a')).__name__)
except Exception as e:
    print("any('a')", type(e).__name__ + ':', e)
try:
    print('all()', type(all()).__name__)
except Exception as e:
    print('all()', type(e).__name__ + ':', e)
try:
    print('all(None)', type(all(None)).__name__)
except Exception as e:
    print('all(None)', type(e).__name__ + ':', e)
try:
    print('all(1, type(2, 3, 4, 5)', all(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('all(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('all(x=1)', type(all(x=1)).__name__)
except Exception as e:
    print('all(x=1)', type(e).__name__ + ':', e)
try:
    print('all([])', type(all([])).__name__)
except Exception as e:
    print('all([])', type(e).__name__ + ':', e)
try:
    print("all('a')", type(all('a')).__name__)
except Exception as e:
    print("all('a')", type(e).__name__ + ':', e)
try:
    print('callable()', type(callable()).__name__)
except Exception as e:
    print('callable()', type(e).__name__ + ':', e)
try:
    print('callable(None)', type(callable(None)).__name__)
except Exception as e:
    print('callable(None)', type(e).__name__ + ':', e)
try:
    print('callable(1, type(2, 3, 4, 5)', callable(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('callable(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('callable(x=1)', type(callable(x=1)).__name__)
except Exception as e:
    print('callable(x=1)', type(e).__name__ + ':', e)
try:
    print('callable([])', type(callable([])).__name__)
except Exception as e:
    print('callable([])', type(e).__name__ + ':', e)
try:
    print("callable('a')", type(callable('a')).__name__)
except Exception as e:
    print("callable('a')", type(e).__name__ + ':', e)
try:
    print('chr()', type(chr()).__name__)
except Exception as e:
    print('chr()', type(e).__name__ + ':', e)
try:
    print('chr(None)', type(chr(None)).__name__)
except Exception as e:
    print('chr(None)', type(e).__name__ + ':', e)
try:
    print('chr(1, type(2, 3, 4, 5)', chr(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('chr(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('chr(x=1)', type(chr(x=1)).__name__)
except Exception as e:
    print('chr(x=1)', type(e).__name__ + ':', e)
try:
    print('chr([])', type(chr([])).__name__)
except Exception as e:
    print('chr([])', type(e).__name__ + ':', e)
try:
    print("chr('a')", type(chr('a')).__name__)
except Exception as e:
    print("chr('a')", type(e).__name__ + ':', e)
try:
    print('ord()', type(ord()).__name__)
except Exception as e:
    print('ord()', type(e).__name__ + ':', e)
try:
    print('ord(None)', type(ord(None)).__name__)
except Exception as e:
    print('ord(None)', type(e).__name__ + ':', e)
try:
    print('ord(1, type(2, 3, 4, 5)', ord(1, 2, 3, 4, 5)).__name__)
except Exception as e:
    print('ord(1, 2, 3, 4, 5)', type(e).__name__ + ':', e)
try:
    print('ord(x=1)', type(ord(x=1)).__name__)
except Exception as e:
    print('ord(x=1)', type(e).__name__ + ':', e)
try:
    print('ord([])', type(ord([])).__name__)
except Exception as e:
    print('ord([])', type(e).__name__ + ':', e)
try:
    print("ord('a')", type(ord('a')).__name__)
except Exception as e:
    print("ord('a')", type(e).__name__ + ':', e)
try:
    print('list.append(1, type(2)', list.append(1, 2)).__name__)
except Exception as e:
    print('list.append(1, 2)', type(e).__name__ + ':', e)
try:
    print('list.append()', type(list.append()).__name__)
except Exception as e:
    print('list.append()', type(e).__name__ + ':', e)
try:
    print('dict.get(1, type(2)', dict.get(1, 2)).__name__)
except Exception as e:
    print('dict.get(1, 2)', type(e).__name__ + ':', e)
try:
    print('dict.get()', type(dict.get()).__name__)
except Exception as e:
    print('dict.get()', type(e).__name__ + ':', e)
try:
    print('str.upper(1, type(2)', str.upper(1, 2)).__name__)
except Exception as e:
    print('str.upper(1, 2)', type(e).__name__ + ':', e)
try:
    print('str.upper()', type(str.upper()).__name__)
except Exception as e:
    print('str.upper()', type(e).__name__ + ':', e)
try:
    print('set.add(1, type(2)', set.add(1, 2)).__name__)
except Exception as e:
    print('set.add(1, 2)', type(e).__name__ + ':', e)
try:
    print('set.add()', type(set.add()).__name__)
except Exception as e:
    print('set.add()', type(e).__name__ + ':', e)
try:
    print('tuple.index(1, type(2)', tuple.index(1, 2)).__name__)
except Exception as e:
    print('tuple.index(1, 2)', type(e).__name__ + ':', e)
try:
    print('tuple.index()', type(tuple.index()).__name__)
except Exception as e:
    print('tuple.index()', type(e).__name__ + ':', e)
