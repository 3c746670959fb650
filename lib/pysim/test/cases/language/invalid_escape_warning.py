# unknown escapes in string literals: SyntaxWarning on 3.12+ (hidden DeprecationWarning on 3.11)
s = "\d+"
print(s, len(s))
b = b"\q"
print(b)
t = "ok\n"
print(repr(t))
u = f"a\w{1}"
print(u, "\\ok", r"\d")
x = """
line\z"""
print(len(x))
