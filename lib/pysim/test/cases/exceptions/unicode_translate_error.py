# UnicodeTranslateError(object, start, end, reason): its message and members
e = UnicodeTranslateError('abc', 1, 2, 'no mapping')
print(str(e))
print(e.object, e.start, e.end, e.reason, e.encoding)
print(str(UnicodeTranslateError('a\u20acz', 1, 2, 'bad')))
print(str(UnicodeTranslateError('abcdef', 1, 4, 'bad run')))
print(repr(e), e.args)
try:
    raise UnicodeTranslateError('x\U0001f600', 1, 2, 'no emoji')
except UnicodeError as x:
    print(type(x).__name__, x)
