# One operation, 300 000 times: augmented addition of ints (a new int object per turn).
t = 0
for i in range(300000):
    t += i
