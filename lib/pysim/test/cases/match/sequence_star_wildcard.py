def ends(seq):
    match seq:
        case [x, *_]  if x == "skip":
            return "skipped"
        case [first, *_, last]:
            return (first, last)
        case [*_]:
            return "short"

print(ends(["skip", 1, 2]))
print(ends([1, 2, 3, 4]))
print(ends((5, 6)))
print(ends([1]))
print(ends(range(10, 15)))
