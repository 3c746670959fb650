# __slots__ items must be str identifiers (valid_identifier), checked item by item
def make(slots):
    try:
        class A:
            __slots__ = slots
        print('ok', A.__slots__)
    except TypeError as e:
        print('TypeError:', e)
make(('1x',))
make(('a b',))
make('a b')
make(('',))
make(('x', 'é'))
make(('x', 1))
make(['y', 2.5])
make((b'x',))
make({'p': 'doc', 'q': 2})
make(('__dict__', '__dict__', 1))
make(3)
