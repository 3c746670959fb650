nothing = None
for f in (lambda: 1 + 'a', lambda: 'a' + 1, lambda: len(5), lambda: nothing(), lambda: [] < 1):
    try:
        f()
    except TypeError as e:
        print(e)
