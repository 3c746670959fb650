# str operations that change nothing return the very same object (unicode_result_unchanged,
# PyUnicode_Concat's empty-string shortcuts); a str subclass gets a new exact str instead
import sys
a = "".join(["pyth", "on"])
e = ""
results = {
    "a + ''": a + e, "'' + a": e + a, "strip": a.strip(), "lstrip": a.lstrip(), "rstrip": a.rstrip(),
    "strip('x')": a.strip("x"), "center(3)": a.center(3), "ljust(2)": a.ljust(2), "rjust(0)": a.rjust(0),
    "zfill(1)": a.zfill(1), "expandtabs": a.expandtabs(), "removeprefix": a.removeprefix("z"),
    "removesuffix": a.removesuffix("z"), "partition[0]": a.partition("z")[0], "rpartition[2]": a.rpartition("z")[2],
    "center(10)": a.center(10), "strip('p')": a.strip("p"), "upper": a.upper(),
}
for name, r in results.items():
    print(name, r is a)
b = a
b += ""
print("+= ''", b is a, sys.getrefcount(a))
class S(str):
    pass
s = S("word")
for r in (s + "", "" + s, s.strip(), s.center(1), s.partition("z")[0]):
    print(type(r).__name__, r is s, r == s)
