# every OSError subclass instance has OSError's struct
import sys
sizes = {sys.getsizeof(c()) for c in (OSError, FileNotFoundError, TimeoutError, BlockingIOError, BrokenPipeError)}
print(len(sizes), sys.getsizeof(OSError(2, 'x', 'f')) == sys.getsizeof(OSError()))
print(sys.getsizeof(OSError()) > sys.getsizeof(Exception()))
print(sys.getsizeof(UnicodeTranslateError('x', 0, 1, 'r')) == sys.getsizeof(UnicodeDecodeError('utf-8', b'x', 0, 1, 'r')))
print(sys.getsizeof(TabError()) == sys.getsizeof(SyntaxError()))
