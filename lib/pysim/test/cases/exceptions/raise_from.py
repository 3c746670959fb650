try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as v:
    print(v, type(v.__cause__).__name__, v.__suppress_context__)
    print(type(v.__context__).__name__)
