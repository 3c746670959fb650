# time.strftime's argument checks ("U|O:strftime", gettmarg, checktm) and their messages.
import time
for args in ((), (1,), (b'%Y',), (None,), ('%Y', (2024, 1, 2, 3, 4, 5, 1, 2)), ('%Y', [2024, 1, 2, 3, 4, 5, 1, 2, 0]),
             ('%Y', (2024, 13, 2, 3, 4, 5, 1, 2, 0)), ('%Y', (2024, 1, 2, 3, 4, 5, 1, 400, 0)), ('%Y', (2024, 1, 2, 3, 4, 5, -3, 2, 0)),
             ('%Y', (2024, 1, 2, 3, 4, 5.0, 1, 2, 0)), ('%Y', (2024, 1, 2, 3, 4, 5, 1, 2, 0), 3), ('%Y', 'abc'), ('%Y', None)):
    try:
        print(repr(time.strftime(*args)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime(format='%Y')
except TypeError as e:
    print(e)
print(type(time.strftime('%Y')), time.strftime('%Y') == str(time.localtime().tm_year))
