for v in (-1, 0, 1):
    print('neg' if v < 0 else 'zero' if v == 0 else 'pos')
