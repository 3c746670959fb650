# dict sizes as they grow, built five ways (calculate_log2_keysize)
import sys
for n in [1, 5, 6, 10, 11, 16, 21, 22, 30, 43, 50, 85, 86, 100]:
    d = dict.fromkeys(range(n))
    e = {i: i for i in range(n)}
    f = dict(zip(range(n), range(n)))
    g = {}
    for i in range(n):
        g[i] = i
    print(n, sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(dict(g)), sys.getsizeof(g.copy()))
