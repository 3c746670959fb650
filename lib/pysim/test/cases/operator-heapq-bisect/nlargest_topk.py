# Top-k with nlargest / nsmallest
import heapq

scores = {'ann': 91, 'bob': 78, 'cy': 85, 'dee': 97, 'eve': 62, 'fay': 85}
print(heapq.nlargest(3, scores.values()))
print(heapq.nlargest(3, scores, key=scores.get))
print(heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(1, [4, 9, 2]), heapq.nsmallest(1, [4, 9, 2]))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [3, 1, 2]))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter([])))
print(heapq.nsmallest(3, iter([5, 1, 4, 1, 5, 9, 2, 6])))
print(heapq.nlargest(3, (x * x for x in range(-5, 4))))
