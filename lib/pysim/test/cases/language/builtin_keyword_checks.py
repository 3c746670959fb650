# sorted()/list.sort()/min()/max()/round() check their keywords: too many, unknown (getargs.c messages)
tests = [
    lambda: sorted([2, 1], cmp=None),
    lambda: sorted([2, 1], key=None, reverse=False, cmp=None),
    lambda: [2, 1].sort(cmp=None),
    lambda: [2, 1].sort(1),
    lambda: [2, 1].sort(key=None, reverse=True, extra=1),
    lambda: min([1, 2], foo=1),
    lambda: max([1, 2], key=None, default=0, foo=1),
    lambda: min(1, 2, kee=abs),
    lambda: max(1, 2, key=abs, default=None),
    lambda: sorted([1], key=abs, reverse=False),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
