# str.maketrans and str.translate, with their errors
t = str.maketrans("abc", "xyz", "d")
print(t, type(t))
s = "aabbccdd!"
print(s.translate(t), "hello".translate({ord("l"): None, ord("o"): "0"}), "abc".translate({97: 66}))
x = "hello world"
print(x.translate({}) is x, x.translate(str.maketrans("", "")) is x, "é".translate({233: "e"}))
print(str.maketrans({"a": "1", 98: None}))
for args in [("ab", "c"), (1,), ({"ab": 1},), ({1.5: 1},), ("a", 1), ("a", "b", 3)]:
    try:
        print(str.maketrans(*args))
    except Exception as e:
        print(type(e).__name__, e)
for table in [{97: 2**21}, {97: 1.5}, [None] * 200, "abc"]:
    try:
        print(repr("abc".translate(table)))
    except Exception as e:
        print(type(e).__name__, e)
class T:
    def __getitem__(self, k):
        if k == 98: raise LookupError
        return k + 1
print("abc".translate(T()))
