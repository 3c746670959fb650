# One operation, 300 000 times: a global variable load and store at module level.
x = 0
for i in range(300000):
    y = x
