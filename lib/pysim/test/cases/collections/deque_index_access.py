from collections import deque

d = deque("python")
print(d[0], d[-1], d[2])
d[1] = "Y"
print(d)
del d[0]
print(d)
del d[-1]
print(d, len(d))
print("t" in d, "z" in d)
print(d.index("h"), d.count("o"))
d.insert(1, "!")
d.insert(-1, "?")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("!")
print(d)
d.reverse()
print(d)
