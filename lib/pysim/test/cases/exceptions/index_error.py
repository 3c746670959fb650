for f in (lambda: [][0], lambda: (1,)[3], lambda: 'ab'[9], lambda: [].pop()):
    try:
        f()
    except IndexError as e:
        print(e)
