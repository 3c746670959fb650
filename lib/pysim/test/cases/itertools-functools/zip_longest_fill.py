import itertools

print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest([1, 2], [3])))
print(list(itertools.zip_longest()))
try:
    itertools.zip_longest([1], fill=0)
except TypeError as e:
    print(e)
