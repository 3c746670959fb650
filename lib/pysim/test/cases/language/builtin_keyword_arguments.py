# Most builtins take positional arguments only: a keyword is an error, not
# silently treated as the next positional argument.
calls = [
    ("len(obj=[1, 2])", lambda: len(obj=[1, 2])),
    ("abs(x=-3)", lambda: abs(x=-3)),
    ("isinstance(obj=1, class_or_tuple=int)", lambda: isinstance(obj=1, class_or_tuple=int)),
    ("repr(obj=1)", lambda: repr(obj=1)),
    ("hash(obj=1)", lambda: hash(obj=1)),
    ("getattr([], name='x')", lambda: getattr([], name="x")),
    ("int(x='5')", lambda: int(x="5")),
    ("float(x=1)", lambda: float(x=1)),
    ("tuple(iterable=[1])", lambda: tuple(iterable=[1])),
    ("set(iterable=[1])", lambda: set(iterable=[1])),
    ("range(stop=3)", lambda: range(stop=3)),
    ("print('a', bad=1)", lambda: print("a", bad=1)),
    ("int('ff', base=16)", lambda: int("ff", base=16)),
    ("str(object=5)", lambda: str(object=5)),
    ("str(b'caf\\xc3\\xa9', encoding='utf-8')", lambda: str(b"caf\xc3\xa9", encoding="utf-8")),
    ("sorted([3, 1], reverse=True)", lambda: sorted([3, 1], reverse=True)),
]
for text, call in calls:
    try:
        print(text, "->", repr(call()))
    except TypeError as e:
        print(text, "-> TypeError:", e)
