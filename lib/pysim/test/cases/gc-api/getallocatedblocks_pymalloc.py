import sys
keep = [[] for _ in range(100)]
print(sys.getallocatedblocks() > 100)
