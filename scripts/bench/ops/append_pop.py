# One operation, 300 000 times: list.append then list.pop.
l = []
for i in range(300000):
    l.append(i)
    l.pop()
