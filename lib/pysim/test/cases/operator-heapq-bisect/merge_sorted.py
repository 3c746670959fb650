import heapq

a = [1, 4, 7, 10]
b = [2, 5, 8]
c = [0, 3, 6, 9, 12]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(['apple', 'fig'], ['banana', 'kiwi'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
m = heapq.merge([1, 3], [2])
print(type(m).__name__, next(m), next(m))
print(list(m))
print(list(heapq.merge()), list(heapq.merge([], [5])))
