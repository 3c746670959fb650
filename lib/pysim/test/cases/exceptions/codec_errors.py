# bytes.decode / str.encode: UnicodeDecodeError for invalid utf-8 (invalid start byte, invalid
# continuation byte, unexpected end of data, with the byte or the range), ascii and latin-1
# limits, the error handlers, the exceptions' attributes, and LookupError for unknown names.
def t(f):
    try:
        print(repr(f()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ':', e)


t(lambda: b'\xff'.decode())
t(lambda: b'abc\xff\xfe'.decode('utf-8'))
t(lambda: b'\xc3'.decode())
t(lambda: b'\xe2\x82'.decode())
t(lambda: b'\xe2\x28\xa1'.decode())
t(lambda: b'\xe2\x82\x28'.decode())
t(lambda: b'\xed\xa0\x80'.decode())
t(lambda: b'\xf0\x9f\x98\x80 ok \xc3\xa9'.decode('UTF8'))
t(lambda: b'\x80abc'.decode('ascii'))
t(lambda: b'\xe9t\xe9'.decode('latin-1'))
t(lambda: b'a\xffb\xe2\x82'.decode('utf-8', 'replace'))
t(lambda: b'a\xffb'.decode('utf-8', 'ignore'))
t(lambda: b'a\xffb'.decode(errors='backslashreplace'))
t(lambda: 'é'.encode('ascii'))
t(lambda: 'aéèb'.encode('ascii'))
t(lambda: 'abcé€'.encode('latin-1'))
t(lambda: 'x😀'.encode('ascii'))
t(lambda: 'é€😀'.encode())
t(lambda: 'aé€'.encode('ascii', 'replace'))
t(lambda: 'aé€'.encode('ascii', 'ignore'))
t(lambda: 'aé€😀'.encode('ascii', 'backslashreplace'))
t(lambda: 'aé'.encode('ascii', 'xmlcharrefreplace'))
t(lambda: '\ud800x'.encode())
t(lambda: 'x'.encode('nope'))
t(lambda: b'x'.decode('no-such-codec'))
t(lambda: 'é'.encode('ascii', 'nope'))
try:
    b'ab\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
try:
    'aé'.encode('ascii')
except UnicodeEncodeError as e:
    print(repr(e), e.args)
b'\x00\x80'.decode('ascii')
