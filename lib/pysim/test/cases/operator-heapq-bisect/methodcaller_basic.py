from operator import methodcaller

words = ['  Apple ', 'banana  ', ' Cherry']
strip = methodcaller('strip')
print([strip(w) for w in words])
print(list(map(methodcaller('upper'), words)))
split_comma = methodcaller('split', ',', 1)
print(split_comma('a,b,c'))
pad = methodcaller('center', 9, '*')
print(pad('hi'))
rep = methodcaller('replace', 'a', 'o', count=1) if False else methodcaller('replace', 'a', 'o')
print(rep('banana'))
print(strip, split_comma, methodcaller('format', 1, sep='-'))
print(strip.__reduce__(), split_comma.__reduce__())
d = methodcaller('get', 'k', 'missing')
print(d({}), d({'k': 'v'}))
