# the warning categories and the other exception classes beside OSError's family
for cls in (BytesWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
            ResourceWarning, SyntaxWarning, UnicodeWarning, StopAsyncIteration, TabError,
            UnicodeTranslateError, BrokenPipeError, ConnectionRefusedError):
    print([c.__name__ for c in cls.__mro__])
print(sorted(c.__name__ for c in Warning.__subclasses__()))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print(issubclass(TabError, SyntaxError), issubclass(StopAsyncIteration, StopIteration))
print(repr(FutureWarning('soon')), str(ResourceWarning('leak')))
