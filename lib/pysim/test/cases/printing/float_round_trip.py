for v in (0.1, 1/3, 2/3, 1e-10, 123.456, 5e-324, 1.7976931348623157e308):
    print(repr(v), float(repr(v)) == v)
