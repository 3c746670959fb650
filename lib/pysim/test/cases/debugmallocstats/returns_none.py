import sys
r = sys._debugmallocstats()
print(r)
