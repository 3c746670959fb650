# a __notes__ that is not a sequence is printed as its repr
e = ValueError('v')
e.__notes__ = 42
raise e
