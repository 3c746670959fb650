print(True, False, None, [True, None])
print(str(None), repr(True), True + True)
