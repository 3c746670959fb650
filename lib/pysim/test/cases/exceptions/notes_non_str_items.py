# non-str notes in __notes__ are printed through str()
e = KeyError('k')
e.__notes__ = ['a', 7]
print(e.__notes__)
raise e
