import operator

def total(values):
    result = 0
    for v in values:
        result = operator.add(result, v)
    return result

print(total([1, 2, 3]))
print(total([1, '2', 3]))
