for f in (lambda: int('abc'), lambda: float('x1'), lambda: [1].index(5), lambda: 'abc'.index('z')):
    try:
        f()
    except ValueError as e:
        print(e)
