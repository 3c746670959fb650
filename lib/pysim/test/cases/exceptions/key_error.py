d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e))
