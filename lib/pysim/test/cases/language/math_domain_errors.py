# math domain errors a learner meets: sqrt and log of bad inputs (3.14 names the accepted range and the value)
import math
for call in [lambda: math.sqrt(-4), lambda: math.sqrt(-0.5), lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(0), lambda: math.log2(-2),
             lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.log(10, 0), lambda: math.sqrt(4)]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
