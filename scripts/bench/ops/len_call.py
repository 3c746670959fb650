# One operation, 300 000 times: a call of the builtin len.
l = [1]
for i in range(300000):
    len(l)
