# yield at module level is a SyntaxError, not a generator.
print("never runs")
x = yield 5
