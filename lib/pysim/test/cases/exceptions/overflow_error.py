import math
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
