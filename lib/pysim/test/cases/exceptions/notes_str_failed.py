# a note whose str() fails
class B:
    def __str__(self):
        raise RuntimeError('no str')
e = ValueError('v')
e.__notes__ = ['ok', B()]
raise e
