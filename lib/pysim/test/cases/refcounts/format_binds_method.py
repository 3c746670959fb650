# format() and f-strings look __format__ up bound to the object, so __str__ (reached through
# object.__format__) or a __format__ of its own sees one reference more than str() does
import sys
class S:
    def __str__(self):
        return 'str refs=' + str(sys.getrefcount(self))
class F:
    def __format__(self, spec):
        return 'format refs=' + str(sys.getrefcount(self)) + spec
s = S()
t = F()
line = [f'{s}', format(s), f'{t:!}', format(t, '?'), '%s' % s]
print(line)
