from collections import deque

queue = deque()
for job in ["wash", "dry", "fold"]:
    queue.append(job)
    print("queued", job, "->", queue)

while queue:
    job = queue.popleft()
    print("doing", job, "left:", len(queue))
print("empty:", queue, bool(queue))
