# Wrong argument types to str.strip/split and dict(): each raises CPython's
# own TypeError text.
for src in ["'x'.strip(1)", "'x'.rstrip(1)", "'a,b'.split(1)", "'a,b'.rsplit(1)", "'a,b'.split(None)",
            "dict([1, 2])", "dict([(1, 2), 3])", "dict([(1, 2, 3)])", "dict([[1, 2], 'ab'])"]:
    try:
        print(src, "->", repr(eval(src)))
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__ + ":", e)
