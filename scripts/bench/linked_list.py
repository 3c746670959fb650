# Build a 100 000-node singly linked list, walk it, then drop it (refcount frees it node by node).
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

head = None
for i in range(100_000):
    head = Node(i, head)

total = 0
node = head
while node is not None:
    total += node.value
    node = node.next
print(total)

# Unlink iteratively: dropping `head` at once would recurse 100 000 deep in deallocation.
while head is not None:
    head = head.next
print("done")
