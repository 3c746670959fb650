s = '  Hello, World  '
print(s.strip(), s.lower(), s.split(','), '-'.join(['a', 'b']))
print('abc'.replace('b', 'B'), 'x'.center(5, '*'), 'a,b,,c'.split(','))
print('Title case'.title(), 'abc'.startswith('ab'), 'hello'.find('l'), 'hello'.count('l'))
