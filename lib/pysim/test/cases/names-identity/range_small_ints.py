xs = [i for i in range(250, 262)]
ys = [int(str(i)) for i in range(250, 262)]
print([x is y for x, y in zip(xs, ys)])
