# yield inside a comprehension is a SyntaxError.
squares = [(yield i) for i in range(3)]
