class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print('del', self.name)
n = Node('a', Node('b', Node('c')))
del n
print('end')
