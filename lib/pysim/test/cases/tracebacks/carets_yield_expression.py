# caret lines: an error in an expression that contains `yield` (a generator receiving
# values with send) points at the operation, as in any other expression
def running_total():
    total = 0
    while True:
        total += (yield total) * 2

def shout():
    while True:
        print("got", len((yield "ready")))

acc = running_total()
next(acc)
print(acc.send(3))
try:
    acc.send(None)
except TypeError as e:
    print("TypeError:", e)

s = shout()
print(next(s))
print(s.send("abc"))
s.send(42)
