# sys.exit(256) exits with status 0 as a POSIX shell sees it (the C int's low 8 bits); the code
# attribute of caught SystemExits: None, the argument, or the args tuple.
import sys
for args in [(), (5,), ('x',), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code)
print('exiting')
sys.exit(256)
