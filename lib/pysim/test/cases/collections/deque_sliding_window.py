from collections import deque

readings = [3, 8, 2, 7, 10, 4, 6]
window = deque(maxlen=3)
for r in readings:
    window.append(r)
    print(list(window), "avg", sum(window) / len(window))
print(window, window.maxlen)
