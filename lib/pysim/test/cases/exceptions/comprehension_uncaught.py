# an uncaught ZeroDivisionError inside a list comprehension inside a function (3.11: a <listcomp> frame)
def ratios(xs):
    total = 10
    return [total / x for x in xs]
print(ratios([1, 2]))
ratios([5, 0, 1])
