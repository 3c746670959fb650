# time.sleep() and the clocks are METH_O / METH_NOARGS functions: their arity errors.
import time
for call in (lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1),
             lambda: time.time(1), lambda: time.perf_counter_ns(x=1), lambda: time.monotonic(None)):
    try:
        call()
    except TypeError as e:
        print(e)
