# One operation, 300 000 times: the loop itself: range iteration and a new int per turn.
for i in range(300000):
    pass
