# a comprehension over a non-iterable: the caret spans the comprehension (3.11, 3.12) or the iterable (3.13+)
rows = [[1, 2], 3]
try:
    flat = list(x for x in 5)
except TypeError as e:
    print(e)
def flatten(data):
    return [x for row in data for x in row]
print(flatten(rows))
