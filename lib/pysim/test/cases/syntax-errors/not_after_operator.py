done = False
count = 3
total = count + not done
print(total)
