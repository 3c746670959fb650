a = [1]
b = [1]
lst = [a]
print(b in lst)
print(any(x is b for x in lst))
print(a is not b)
