# calling or subscripting a literal: the compiler warns "perhaps you missed a comma?" (SyntaxWarning on stderr)
def safe(f):
    try:
        return f()
    except TypeError as e:
        return str(e)
print(safe(lambda: [(1, 2) (3, 4)]))
print(safe(lambda: None()))
print(safe(lambda: "abc"(1)))
print(safe(lambda: [1, 2]("x")))
print(safe(lambda: 5[0]))
print(safe(lambda: {1, 2}[0]))
print(safe(lambda: [1, 2]["a"]))
print(safe(lambda: "abc"[1.5]))
print(safe(lambda: (1, 2)[None]))
print(safe(lambda: f"x"["k"]))
print(safe(lambda: [1][0]), safe(lambda: "ab"[1:]), safe(lambda: {"a": 1}["a"]))
x = 1
print(safe(lambda: (x)(2)))
