def parts(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

print(parts([]))
print(parts([7]))
print(parts([1, 2]))
print(parts([1, 2, 3, 4, 5]))
print(parts((9, 8, 7)))
print(parts(range(4)))
print(parts("abc"))
