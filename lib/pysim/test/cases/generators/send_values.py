# send() resumes the generator and makes the paused `yield` evaluate to the sent value.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(e.send(None))
print(e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)

fresh = echo()
try:
    fresh.send(5)
except TypeError as t:
    print('TypeError:', t)
print(fresh.send(None))

def printer():
    while True:
        print('received', (yield))
p = printer()
next(p)
p.send('hello')
p.send([1, 2])
done = echo()
next(done)
try:
    done.send(None)
except StopIteration:
    print('finished')
try:
    done.send(1)
except StopIteration as s:
    print('again StopIteration', s.args)
