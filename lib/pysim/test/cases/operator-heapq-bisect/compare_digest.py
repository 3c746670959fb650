# _operator._compare_digest (what hmac.compare_digest is): equal ASCII strs or bytes-like objects
import _operator
def t(*a):
    try: print(_operator._compare_digest(*a))
    except Exception as e: print(type(e).__name__, e)
t('abc', 'abc'); t('abc', 'abd'); t(b'ab', b'ab'); t(b'ab', bytearray(b'ab')); t('é', 'é'); t(1, 2); t('a', b'a'); t(b'a', 'a'); t('a'); t(b'x', 1)
print(_operator._compare_digest)
