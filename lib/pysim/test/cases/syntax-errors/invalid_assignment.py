print('first line never runs')
1 = x
