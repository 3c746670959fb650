import itertools

def running(values):
    return list(itertools.accumulate(values))

print(running([1, 2, 3]))
print(running([1, 'x']))
