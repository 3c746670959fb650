try:
    assert 1 == 2, 'numbers differ'
except AssertionError as e:
    print('AssertionError:', e)
assert False
