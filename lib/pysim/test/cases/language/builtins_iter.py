print(sorted([3, 1, 2], reverse=True), list(reversed('abc')))
print(list(enumerate('ab', 1)), list(zip([1, 2, 3], 'ab')))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'x'])))
