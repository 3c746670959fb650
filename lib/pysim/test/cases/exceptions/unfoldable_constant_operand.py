# a constant operand the optimizer cannot fold (-"x") is left to raise at run time, with no compile-time warning check
s = "abc"
try:
    print(s[-"x"])
except TypeError as e:
    print(e)
try:
    print((1, 2)[-"x"])
except TypeError as e:
    print(e)
pair = (1, 2)[(1, -"x")]
