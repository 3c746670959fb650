# caret lines: a call written over several lines (3.11/3.12 mark its first line, 3.13+ every line)
def combine(a, b):
    return a + b
print(combine(1,
              2))
print(combine(1,
              "two"))
