# list.pop converts its index before looking at the list; tuple.index honours start and stop.
for code in ['[].pop("a")', '[].pop()', '[1].pop("a")', '(1, 2, 3, 2).index(2, 2)', '(1, 2).index(2, 0, 1)', '(1, 2, 3).index(3, -1)', '[1, 2, 3].index(1, -2)']:
    try:
        print(code, eval(code))
    except Exception as e:
        print(code, type(e).__name__, e)
