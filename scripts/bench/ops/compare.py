# One operation, 300 000 times: an int comparison giving a bool.
for i in range(300000):
    i > 10
