# caret lines: a raise statement is the whole line (no carets); its caller's call is marked
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
result = check(2) * 2
print(result)
result = check(-1) * 2
