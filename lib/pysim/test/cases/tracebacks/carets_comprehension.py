# caret lines: an error inside a comprehension (3.11: its own <listcomp> frame; 3.12+: inlined)
def inverses(xs):
    return [1 / x for x in xs]
print(inverses([1, 2, 4]))
print(inverses([1, 0]))
