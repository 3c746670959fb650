# `is` with a literal operand: the compiler warns on stderr (SyntaxWarning), the program still runs
x = 300
print(x is 300, x is not "a", x is None, () is (), x is (1,), x is [], -5 is -5)
if x is 1.5: pass
def f(y):
    return y is not 1000
print(f(1000), f"{x is 300}")
