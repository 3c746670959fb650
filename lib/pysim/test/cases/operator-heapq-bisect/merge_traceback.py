import heapq

def readings(n):
    for i in range(n):
        yield i * 10
    raise ValueError('sensor unplugged')

for value in heapq.merge(readings(3), [5, 15, 100]):
    print(value)
