# Repeating a sequence past what memory or an index can hold raises (catchably), and __sizeof__
# leaves out the gc header and the managed-dict pre-header that sys.getsizeof counts.
for code in ['"a" * (2**62)', '[0] * (2**62)', '(1, 2) * (2**62)', '"a" * (2**64)', '[0] * 3']:
    try:
        x = eval(code)
        print(code, len(x))
    except (MemoryError, OverflowError) as e:
        print(code, type(e).__name__, e)
print((5).__sizeof__(), "abc".__sizeof__(), {1: 2}.__sizeof__(), ().__sizeof__(), [].__sizeof__())
class C:
    pass
print(C().__sizeof__())
