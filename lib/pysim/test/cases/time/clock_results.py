# The clocks return new float objects, the _ns variants new ints: what sys.getrefcount and
# sys.getsizeof see of them.
import sys, time
t = time.perf_counter()
print(type(t).__name__, sys.getrefcount(t), sys.getsizeof(t))
ns = time.time_ns()
print(type(ns).__name__, sys.getrefcount(ns), sys.getsizeof(ns))
for clock in (time.time, time.monotonic, time.perf_counter, time.process_time):
    print(clock.__name__, type(clock()).__name__, clock() >= 0)
for clock in (time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns):
    print(clock.__name__, type(clock()).__name__, clock() >= 0)
a = time.perf_counter()
b = time.perf_counter()
print(b >= a, a is b)
print(time.time_ns() > 1_600_000_000 * 10**9)
