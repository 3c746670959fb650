import sys
keep = [[i] for i in range(1000)]
sys._debugmallocstats()
print(len(keep))
