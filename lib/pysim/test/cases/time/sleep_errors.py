# time.sleep() checks its argument as _PyTime_FromSecondsObject does.
import time
for bad in (-1, -0.5, None, float('nan'), 1e100, 2**70, 10**12, "1", 1j, [1]):
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
