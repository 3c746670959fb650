# int / int is correctly rounded however large the operands (long_true_divide), or OverflowError.
print(10**25 / 10**5, round(10**25 / 3), 10**400 / 10**399, -(10**30) / 7, 2**1023 * 3 // 2 / 1, (2**60 + 1) / 3, 12345678901234567890123 / 10**22)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(1 / 10**400, -1 / 10**400, 7 / 2**70)
