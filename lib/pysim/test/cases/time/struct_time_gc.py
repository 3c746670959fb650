# A struct_time made by the constructor is tracked and can sit in a reference cycle, which the
# collector finds (its fields, tm_zone and tm_gmtoff included, are traversed); gmtime()'s never is.
import time, gc, sys
def main():
    gc.collect()
    box = []
    s = time.struct_time((box, 1, 2, 3, 4, 5, 6, 7, 8))
    box.append(s)
    print(gc.is_tracked(s), sys.getrefcount(s), sys.getrefcount(box))
    del s, box
    print(gc.collect())
    holder = {}
    z = time.struct_time((1,) * 9, {'tm_zone': holder})
    holder['z'] = z
    print(gc.is_tracked(z), z.tm_zone is holder, len(gc.get_referents(z)))
    del z, holder
    print(gc.collect())
    g = time.gmtime(0)
    print(gc.is_tracked(g), len(gc.get_referents(g)), sorted(map(repr, gc.get_referents(g))))
    gc.collect()
    print(gc.is_tracked(g), gc.is_tracked(time.struct_time((1,) * 9)))
main()
