# One-character strings are never freed: latin-1 singletons, or (3.11, 3.12) the interned
# copies deep-frozen modules carry. Their counts are huge (3.11: about 10**9, varying).
import sys
for ch in ['x', 'a', '_', 'g', 'Z', 'é', chr(120), 'hello'[1]]:
    print(repr(ch), sys.getrefcount(ch) > 100000)
letter = 'x'
print(sys.getrefcount(letter) > 100000, letter is chr(120))
