# One operation, 300 000 times: str() of an int (a new str object per turn).
for i in range(300000):
    str(i)
