# 3.11's start-up leaves a slice in the one-slice cache, so a script's first s[1:] (BUILD_SLICE)
# takes no block: the substring gets the block a str just freed. 3.12+ build the slice of s[1:]
# in BINARY_SLICE from an empty cache, which takes a block of its own size class.
tmp = 'abc'.upper()
i1 = id(tmp)
del tmp
tmp2 = 'hello'[1:]
print(id(tmp2) == i1)
s = 'abcdefgh'
parts = [s[k:] for k in range(3)]
print(parts, len({id(p) for p in parts}))
