import itertools

rows = [('fruit', 'apple', 3), ('fruit', 'pear', 2), ('veg', 'leek', 5), ('veg', 'kale', 1), ('nut', 'pecan', 4)]
for kind, items in itertools.groupby(rows, key=(lambda row: row[0])):
    items = list(items)
    print(kind, [name for _, name, _ in items], sum(q for _, _, q in items))
print(dict((k, len(list(g))) for k, g in itertools.groupby('aabbbc')))
