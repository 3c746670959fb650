import random

# rounded to 12 digits: gammavariate's log and exp (JavaScript's Math.log/Math.exp) can differ
# from the C library's in the last digit
random.seed(11)
print([round(random.betavariate(2, 5), 12) for _ in range(3)])
print([round(random.gammavariate(0.5, 1), 12) for _ in range(2)])
print([round(random.gammavariate(1, 2), 12) for _ in range(2)])
print([round(random.gammavariate(3, 1), 12) for _ in range(2)])
print(round(random.vonmisesvariate(0, 4), 12))
