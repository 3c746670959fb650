# Checks constant subscripts: 3.11-3.13's AST optimizer folds 'ab'[0] into the constant 'a' (merged
# with the literal, so the same object even where 'a' is not the latin-1 singleton, and an `is`
# with it draws the literal SyntaxWarning); 3.14 folds later, after that check. Slices and
# failing subscripts stay run-time operations (3.14 also folds constant slices: not modelled).
b = 'b'
print('abc'[1] is b)
x = 'ab'[0]
y = 'a'
print(x is y, x == y)
print('xyz'[-1], (10, 20, 30)[1], 'hello'[1:3])
n = (1000, 2000)[0]
m = 1000
print(n is m)
nested = ((1, 2), (3, 4))[1]
print(nested, nested is (3, 4))
try:
    print('ab'[5])
except IndexError as e:
    print('IndexError:', e)
