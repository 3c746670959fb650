n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('i', i)
