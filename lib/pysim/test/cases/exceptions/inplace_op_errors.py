# An augmented assignment that no slot takes names the augmented operator ("+=", "**=");
# dict |= takes any mapping or iterable of pairs (dict_update_arg).
for a, b, op in [(1, "s", "+="), ([1], [1], "-="), (1, "s", "**="), ("s", 1, "+="), ((1,), 1, "+="),
                 ([1], 1.5, "*="), ({1}, [1], "|="), (1, [], "@="), (1.5, "x", "//="), (None, 1, "<<=")]:
    try:
        exec(f"a {op} b", {"a": a, "b": b})
    except TypeError as e:
        print(op, e)
d = {"x": 1}
d |= [("y", 2), ("z", 3)]
print(d)
for bad in (5, [1], [(1, 2, 3)]):
    try:
        d |= bad
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
x = 1
x += "s"
