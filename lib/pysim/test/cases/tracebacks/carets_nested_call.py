# caret lines: an error inside a call nested in an expression points at the innermost call
def half(n):
    return n // 0
values = [4, 8]
print(len(str(half(values[0]))) + 1)
