# print(*args) packs its arguments into a tuple (3.11-3.13), which holds them while __str__ runs
import sys
class S:
    def __str__(self):
        return 'refs=' + str(sys.getrefcount(self))
s = S()
print(s)
print(s, s)
print(s, sep='-')
