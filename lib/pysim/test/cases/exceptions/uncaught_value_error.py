print('before')
int('zz')
print('never')
