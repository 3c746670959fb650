items = {}
for i in range(5):
    items[i] = i * i
for k in list(items):
    if k % 2:
        del items[k]
print(items)
