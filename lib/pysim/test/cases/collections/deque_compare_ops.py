from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == deque([1, 2, 3]), a != b, a < b, a <= b, a > b, a >= b)
print(a == [1, 2, 3], deque() == deque(), deque([1]) < deque([1, 0]))
c = a + b
print(c, c is a, len(c))
print(a * 2, 2 * a, a * 0, deque([7]) * 3)
a += [4, 5]
print(a)
a *= 2
print(a)
a *= -1
print(a, bool(a))
m = deque([1, 2], maxlen=3)
print(m * 3, m + deque([9]))
