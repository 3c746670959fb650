# Which freed block a float sum lands in once the site is specialized: 3.11 allocates
# first; 3.12/3.13 reuse the left temporary; 3.14 frees both operands, then allocates.
for k in range(4):
    p = float(k + 1)
    q = float(k + 2)
    ip, iq = id(p), id(q)
    del p
    del q
    r = float(k + 3) + float(k + 4)
    print(id(r) == iq, id(r) == ip)
