print('{} + {} = {}'.format(1, 2, 3))
print('{0}{1}{0}'.format('a', 'b'), '{name}!'.format(name='x'))
print('%s %d %.3f %r %5s|' % ('s', 7, 2.0, 'r', 'ab'))
