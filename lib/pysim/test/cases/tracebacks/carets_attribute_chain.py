# caret lines: the failing attribute of a chain is underlined up to its name
class Node:
    def __init__(self, child):
        self.child = child
n = Node(Node(None))
print(n.child.child is None)
print(len(n.child.child.child))
