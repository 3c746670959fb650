# unknown keyword arguments to builtins: 3.13+ ends the message with "Did you mean '…'?" (error_unexpected_keyword_arg)
import sys
tests = [
    lambda: print("x", ends=""),
    lambda: print("x", sepp=","),
    lambda: print("x", flsh=True),
    lambda: int("5", bse=10),
    lambda: str(b"x", encodng="utf-8"),
    lambda: sys.getsizeof(1, defualt=0),
    lambda: zip([1], strct=True),
    lambda: "aab".replace("a", "b", cont=1),
    lambda: "a b".split(sepp=" "),
    lambda: "a b".split(maxsplits=1),
    lambda: sorted([1], kye=abs),
    lambda: sorted([1], revers=True),
    lambda: [1].sort(rev=True),
    lambda: min([1], defalt=0),
    lambda: max([1], kee=abs),
    lambda: complex(rea=1),
    lambda: property(fgt=None),
    lambda: AttributeError("m", nme="x"),
    lambda: NameError("m", nam="x"),
    lambda: pow(2, 3, mode=5),
    lambda: round(2.5, ndigit=1),
    lambda: enumerate([], strat=1),
    lambda: "x".encode(encodng="utf-8"),
    lambda: "a,b".rsplit(sepp=","),
    lambda: "abc".splitlines(keepend=True),
    lambda: bytes("x", encodng="utf-8"),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
for t in [lambda: round(), lambda: round(1, 2, 3), lambda: round(number=2.567, ndigits=1), lambda: round(2.5, ndigits=None), lambda: round(1.5, number=2)]:
    try:
        print(t())
    except TypeError as e:
        print(e)
