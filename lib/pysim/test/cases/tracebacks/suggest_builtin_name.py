# An uncaught NameError for a misspelt builtin ends with CPython's suggestion.
items = [3, 1, 2]
print(sorted(items))
prnt(len(items))
