# assigning __cause__ sets __suppress_context__, as `raise ... from` does; None keeps it set
class Err(Exception):
    pass

e = ValueError('outer')
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__cause__ = Err('inner')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__context__ = TypeError('ctx')
print(repr(e.__context__), e.__suppress_context__)
e.__context__ = None
print(e.__context__)
try:
    try:
        raise KeyError('k')
    except KeyError:
        err = RuntimeError('r')
        err.__cause__ = None
        raise err
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__, repr(r.__context__))
