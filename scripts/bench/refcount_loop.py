# sys.getrefcount queries in a loop while references are added and removed.
import sys

target = []
holders = []
total = 0
for i in range(100_000):
    holders.append(target)
    total += sys.getrefcount(target)
    if len(holders) > 10:
        holders.pop()
print(total)
