# caret lines: a generator that ignores GeneratorExit, freed by rebinding its name (not `del`):
# the "Exception ignored" traceback points at the assignment's target (3.11, 3.12)
def numbers():
    try:
        yield 1
    finally:
        yield 2

def main():
    gen = numbers()
    print(next(gen))
    gen = None
    print("rebound")
    other = numbers()
    next(other)
    other = [1, 2]

main()
g = numbers()
next(g)
g = "done"
print(g)
