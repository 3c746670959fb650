from collections import deque

d = deque(range(10), maxlen=4)
print(d)
d.appendleft(-1)
print("appendleft drops the right end:", d)
d.extend([100, 200])
print("extend drops the left end:", d)
d.extendleft("ab")
print("extendleft:", d)
z = deque([1, 2, 3], maxlen=0)
z.append(4)
print(z, len(z))
print(deque("abc", 2), deque(maxlen=None).maxlen)
