print("start")
numbers = [1, 2, 3, 4]
first, *middle, last = numbers
print(first, middle, last)
for a, *b, *c in [numbers]:
    print(a, b, c)
