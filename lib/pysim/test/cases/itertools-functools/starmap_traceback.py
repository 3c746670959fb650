import itertools

def div(a, b):
    return a // b

print(list(itertools.starmap(div, [(7, 2), (9, 3)])))
print(list(itertools.starmap(div, [(1, 0)])))
