# str.format on a string with no fields returns the string itself (a subclass instance too)
s = "hello world"
print(s.format() is s, s.format(1, x=2) is s)
print("a{{b".format() == "a{b")
t = "".join(["ab", "c"])
print("{}".format(t) is t, "x{}".format(t) is t)
print(s.format_map({}) is s)
class S(str):
    pass
u = S("abc")
r = u.format()
print(type(r).__name__, r is u)
