import sys
sys.exit('fatal: stopping')
