# upper()/lower() of one latin-1 character and center()/zfill() padding build new strings
import sys
e = "é"
E = "É"
r = e.upper()
print(r == E, r is E, sys.getsizeof(r), sys.getsizeof(E))
print(sys.getsizeof(E.lower()), sys.getsizeof("b".replace("b", "é")))
a, z = "a", "0"
print("".center(1, "a") is a, "".zfill(1) is z, a.ljust(1) is a, a.rjust(1, "b") is a)
print(sys.getsizeof(chr(233)), chr(233) is e)
