import sys
keep = [str(i) * 3 for i in range(2000)]
del keep
sys._debugmallocstats()
print('freed')
