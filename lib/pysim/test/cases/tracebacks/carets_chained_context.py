# caret lines: both tracebacks of an implicitly chained exception carry their carets
def parse(d, key):
    try:
        return int(d[key])
    except KeyError:
        return 100 / len(d) * missing_default
parse({"a": "1"}, "b")
