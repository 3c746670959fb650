# time.sleep() returns None once the time has passed; the clocks that count waiting move on.
import time
start = time.perf_counter()
m0 = time.monotonic()
w0 = time.time()
print(time.sleep(0.05))
print(time.perf_counter() - start >= 0.05)
print(time.monotonic() - m0 >= 0.05)
print(time.time() - w0 >= 0.04)
print(time.sleep(0), time.sleep(0.0), time.sleep(True), time.sleep(-0.0))
class Seconds:
    def __index__(self):
        return 0
print(time.sleep(Seconds()))
