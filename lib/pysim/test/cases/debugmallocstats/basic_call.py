import sys
print('calling')
sys._debugmallocstats()
print('returned')
