# a non-sequence __notes__ whose repr() fails
class B:
    def __repr__(self):
        raise RuntimeError('no repr')
e = ValueError('v')
e.__notes__ = B()
raise e
