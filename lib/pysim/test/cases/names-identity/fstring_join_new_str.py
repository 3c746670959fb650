# an f-string with several parts joins them into a new str (BUILD_STRING): a one-character
# result is not the cached latin-1 character that chr() returns
empty = ''
x = f'{empty}x'
print(x is chr(120), x == chr(120))
y = f'{chr(121)}{empty}'
print(y is chr(121), f'{x}' is x)
