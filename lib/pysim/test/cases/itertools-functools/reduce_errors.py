import functools

for args in [(max,), (max, [], 1, 2), (max, 5)]:
    try:
        functools.reduce(*args)
    except TypeError as e:
        print(e)
try:
    functools.reduce(max, [1], initial=0)
    print('initial by keyword accepted')
except TypeError as e:
    print(e)
print(functools.reduce(lambda acc, xs: acc + xs, [[1], [2]], []))
