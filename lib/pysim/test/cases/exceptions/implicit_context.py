try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('second')
except TypeError as t:
    print(t, repr(t.__context__), t.__cause__)
