try:
    pass
except* ValueError:
    for i in range(2):
        break
try:
    raise ValueError(1)
except *ValueError as e:
    print("spaced star", repr(e))
