# zip(strict=True) checks every argument ends together; zip takes no other keyword.
for args in [([1], [2, 3]), ([1, 2], [3]), ([1], [2], [3, 4]), ([1, 2], [3, 4])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2], [3], strict=False)))
try:
    zip([1], x=1)
except TypeError as e:
    print("TypeError:", e)
