# bytes are immutable, a bytearray changes in place: item and slice
# assignment, del, append/extend/insert/pop/remove, += and *= keep its id.
ba = bytearray(b"hello")
same = ba
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, ba is same, ba[1], ba[-1], ba[1:3], ba[::-1])
print(ba.pop(), ba.pop(0), ba)
ba.remove(63)
ba[1:3] = b"EEE"
del ba[0]
del ba[::2]
print(ba, ba is same)
ba += b"!!"
ba *= 2
print(ba, ba is same, b"ab" + bytearray(b"c"), bytearray(b"ab") + b"c", bytearray(b"x") * 3)
ba.reverse()
print(ba, ba.decode(), ba.hex(), ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, len(ba))
b = b"immutable"
for bad in [lambda: b.__setitem__(0, 1), lambda: bytearray(b"a").__setitem__(5, 1), lambda: bytearray(b"a").__setitem__(0, 256),
            lambda: bytearray(b"a").__setitem__(0, "x"), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
            lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"), lambda: b"ab" + "c", lambda: bytearray(b"a").extend(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
