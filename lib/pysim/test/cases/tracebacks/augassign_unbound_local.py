# `count += 1` on a global without `global`: the UnboundLocalError's caret is under the name
count = 0
def inc():
    count += 1
    return count
try:
    undefined_total += 1
except NameError as e:
    print(e)
inc()
