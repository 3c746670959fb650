# sum(iterable, /, start=0) and pow(base, exp, mod=None) parse their arguments
# as Argument Clinic does: keywords where allowed, CPython's messages otherwise.
for src in ["sum()", "sum([1], 2, 3)", "sum([1], start=5)", "sum(iterable=[1])", "pow(base=2, exp=3)", "pow(2, exp=3, mod=5)", "pow(2)", "pow(1, 2, 3, 4)", "pow(2, 3, base=1)", "pow(2, 3, zzz=1)", "sum([1], zzz=1)"]:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "!!", e)
