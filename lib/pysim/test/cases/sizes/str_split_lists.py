# str.split / rsplit / splitlines: the list's starting slots (PREALLOC_SIZE) and the string itself as the only item
import sys
for s in ["a", "a b", "a b c", "a b c d", "a b c d e", "a b c d e f g h i j k l", "a b c d e f g h i j k l m n"]:
    x = s.split()
    y = s.split(" ")
    z = s.split(None, 2)
    print(len(x), sys.getsizeof(x), sys.getsizeof(y), sys.getsizeof(z), sys.getsizeof(s.rsplit()), sys.getsizeof(s.splitlines()))
print(sys.getsizeof("".split()), sys.getsizeof("".split(",")), sys.getsizeof("  ".split()), sys.getsizeof("a,b".split(",", 5)), sys.getsizeof("ab".split("b", 0)))
print(sys.getsizeof("é ü ö".split()), sys.getsizeof("x--y--z".split("--")), sys.getsizeof("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26".split(",")))
w = "hello"
print(w.split()[0] is w, w.split("x")[0] is w, w.rsplit()[0] is w, w.split("l")[0] is w)
class S(str): pass
s = S("ab")
print(type(s.split()[0]).__name__, s.split()[0] is s)
w = "".join(["hel", "lo"])
print(w.split(None, 0)[0] is w, w.split("x", 0)[0] is w, w.rsplit(None, 0)[0] is w, w.splitlines()[0] is w, " hello".split()[0] is w)
print(sys.getrefcount(w))
parts = w.split()
print(sys.getrefcount(w), parts[0] is w)
a = "a"
print("a".split("abc")[0] is a, "hello\nworld".splitlines(), sys.getsizeof("a\nb\nc\nd\ne".splitlines()))
