# The AST optimizer (optimize_format) compiles `'...%s...' % (a, b)` with only %s/%r/%a units as an
# f-string: no argument tuple is built. A %d unit, or a tuple of constants (folded whole), is not.
import gc
x = [1]
gc.collect()
c = [None] * 5
c[0] = gc.get_count()
r1 = '%s' % ([2],)
c[1] = gc.get_count()
r2 = '<%-4s|%3r|%.1a>' % (x, 'ab', 'é')
c[2] = gc.get_count()
r3 = '%d %s' % (1, [2])
c[3] = gc.get_count()
r4 = '%s %%' % (1,)
c[4] = gc.get_count()
print([t[0] for t in c], r1, r2, r3, r4)
