def f(n):
    raise ValueError(n)
excs = []
for i in range(2):
    try:
        f(i)
    except ValueError as e:
        excs.append(e)
excs.append(TypeError("never raised"))
inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "nf")])
excs.append(inner)
eg = ExceptionGroup("top level", excs)
eg.add_note("a note\nover two lines")
raise eg
