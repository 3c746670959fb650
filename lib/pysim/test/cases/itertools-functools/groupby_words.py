import itertools

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([k for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in itertools.groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))])
