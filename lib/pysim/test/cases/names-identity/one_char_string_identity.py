# Checks `is` between one-character strings: a str index or chr() gives the latin-1 singleton,
# a one-character literal is the interned string, which on 3.11/3.12 is the start-up's own copy
# for some letters (deep-frozen constants) and the singleton for the others.
import sys
word = 'python'
a = 'a'
for ch in word:
    print(ch, ch is chr(ord(ch)), sys.intern(ch) is ch)
print(word[0] is 'p', word[1] is 'y')
b = 'b'
abc = 'abc'
print(abc[1] is b, chr(98) is b)
z = 'z'
xyz = 'xyz'
print(xyz[2] is z, chr(122) is z)
e = 'é'
cafe = 'café'
print(cafe[3] is e)
print(sys.intern(chr(97)) is a, sys.intern(chr(122)) is z)
same = [c for c in 'hello' if c is 'l']
print(len(same))
