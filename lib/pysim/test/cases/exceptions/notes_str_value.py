# a str __notes__: 3.11 prints each character as a note, 3.12+ print its repr
e = ValueError('v')
e.__notes__ = 'abc'
raise e
