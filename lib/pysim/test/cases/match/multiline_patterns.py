class Node:
    __match_args__ = ("kind", "children")
    def __init__(self, kind, children):
        self.kind = kind
        self.children = children

def walk(n):
    match n:
        case Node(
            "leaf",
            [],
        ):
            return 1
        case Node(
            kind="branch",
            children=[*kids],
        ) if kids:
            return sum(walk(k) for k in kids)
        case {
            "broken": reason,
        }:
            raise RuntimeError(reason)

print(walk(Node("branch", [Node("leaf", []), Node("leaf", [])])))
walk({"broken": "no node"})
