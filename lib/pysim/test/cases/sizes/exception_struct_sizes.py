# Exception types with fields of their own (OSError's errno and filenames, SyntaxError's position,
# ImportError's name and path, ...) have bigger structs; a subclass adds the __weakref__ pointer.
import sys

types = [BaseException, Exception, AttributeError, NameError, UnboundLocalError, StopIteration,
         SystemExit, ImportError, ModuleNotFoundError, OSError, SyntaxError,
         IndentationError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, KeyError]
for t in types:
    print(t.__name__, t.__basicsize__)

print(sys.getsizeof(Exception()), sys.getsizeof(NameError("x")), sys.getsizeof(OSError("gone")))
print(sys.getsizeof(StopIteration(1)), sys.getsizeof(SyntaxError("bad")), sys.getsizeof(ImportError()))


class MyOSError(OSError):
    pass


class MySyntaxError(SyntaxError):
    pass


class MyError(Exception):
    def __init__(self):
        self.detail = 1


print(MyOSError.__basicsize__, sys.getsizeof(MyOSError()))
print(MySyntaxError.__basicsize__, sys.getsizeof(MySyntaxError()))
print(MyError.__basicsize__, sys.getsizeof(MyError()))
