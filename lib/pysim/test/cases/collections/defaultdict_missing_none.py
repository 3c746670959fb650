from collections import defaultdict

d = defaultdict()
print(d.default_factory, d)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e, e.args)
d.default_factory = list
d["now"].append(1)
print(d)
print(d.__missing__("direct"), d)
d.default_factory = None
try:
    d.__missing__("x")
except KeyError as e:
    print("KeyError again", repr(e))
e = defaultdict(None, {"a": 1}, b=2)
print(e, e.default_factory)
