class Config:
    raw = ("debug", 3)
    match raw:
        case ("debug", level):
            verbose = True
        case _:
            verbose = False

print(Config.verbose, Config.level)

def first_even(nums):
    match nums:
        case [*_] if (evens := [n for n in nums if n % 2 == 0]):
            return evens[0]
    return None

print(first_even([1, 3, 4, 6]), first_even([1, 3]))
