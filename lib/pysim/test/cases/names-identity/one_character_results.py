# Which operations give a one-character result as the cached latin-1 singleton (indexing, slicing,
# chr, split, strip…) and which build a new string every time (str(int), repr, upper(), join, replace).
s = "hello"
n = 7
cases = {
    "str(7)": lambda: str(7), "repr(7)": lambda: repr(7), "f'{7}'": lambda: f"{7}", "f'{n}'": lambda: f"{n}",
    "format(7)": lambda: format(7), "'{}'.format(7)": lambda: "{}".format(7), "'%d' % 7": lambda: "%d" % 7, "'%s' % 'a'": lambda: "%s" % "a",
    "upper": lambda: "b".upper(), "lower": lambda: "B".lower(), "title": lambda: "a".title(), "capitalize": lambda: "a".capitalize(),
    "swapcase": lambda: "a".swapcase(), "casefold": lambda: "A".casefold(), "join2": lambda: "".join(["a", ""]), "join1": lambda: "".join(["a"]),
    "replace": lambda: "ab".replace("b", ""), "replace_none": lambda: "a".replace("x", "y"), "s[0]": lambda: s[0], "s[0:1]": lambda: s[0:1],
    "chr": lambda: chr(104), "split": lambda: "a b".split()[0], "strip": lambda: " a ".strip(), "list": lambda: list("ab")[0],
    "concat": lambda: "a" + "", "concat2": lambda: "" + "a", "mul": lambda: "a" * 1, "center": lambda: "a".center(1),
    "zfill": lambda: "7".zfill(1), "str(True)[0]": lambda: str(True)[0], "hex": lambda: hex(7)[2:], "str(7.0)[0]": lambda: str(7.0)[0],
    "rstrip": lambda: "a\n".rstrip(), "partition": lambda: "a=b".partition("=")[0], "ljust": lambda: "a".ljust(1),
    "expandtabs": lambda: "a".expandtabs(), "reversed": lambda: "".join(reversed("a")), "sorted": lambda: sorted("ba")[0],
    "str(a)": lambda: str("a"), "iter": lambda: next(iter("ab")), "rsplit": lambda: "a,b".rsplit(",")[0], "splitlines": lambda: "a\nb".splitlines()[0],
    "removeprefix": lambda: "xa".removeprefix("x"), "str(0)": lambda: str(0), "str(-0)": lambda: str(5 - 5), "repr(n)": lambda: repr(n),
    "bytes_decode": lambda: b"a".decode(), "dict_key": lambda: list({"a": 1})[0], "format_spec": lambda: format(7, "d"), "f_spec": lambda: f"{n:d}",
}
for name, f in cases.items():
    print(name, f() is f())
