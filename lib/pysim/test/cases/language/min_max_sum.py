words = ['pear', 'fig', 'banana']
print(min(words), max(words, key=len), min([], default='none'))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum([0.1] * 10))
print(max(3, 7, 5), min((2, 'b'), (2, 'a')))
