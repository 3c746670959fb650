# A scheduler: (time, counter, name) so equal times never compare the names
import heapq

events = []
counter = 0
def schedule(t, name):
    global counter
    heapq.heappush(events, (t, counter, name))
    counter += 1

schedule(5, 'backup')
schedule(1, 'boot')
schedule(5, 'email')
schedule(3, 'lunch')
clock = 0
while events:
    t, _, name = heapq.heappop(events)
    clock = t
    print(f'{clock:>3}: {name}')
    if name == 'boot':
        schedule(clock + 1, 'login')
print('done at', clock)
