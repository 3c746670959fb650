import functools

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
K = functools.cmp_to_key(by_length_then_alpha)
print(K('abc') < K('abcd'), K('b') > K('a'), K('x') == K('x'))
print(type(K).__name__, type(K('a')).__name__)
print(max(['bb', 'a', 'ccc'], key=functools.cmp_to_key(by_length_then_alpha)))
