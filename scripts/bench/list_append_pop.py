# 300 000 appends followed by 300 000 pops: list_resize grows and shrinks the array.
items = []
for i in range(300_000):
    items.append(i)
total = 0
while items:
    total += items.pop()
print(total, len(items))
