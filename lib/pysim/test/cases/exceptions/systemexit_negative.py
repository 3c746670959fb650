# sys.exit(-1): the shell sees status 255.
import sys
print('exiting')
sys.exit(-1)
