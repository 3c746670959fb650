class User:
    __match_args__ = ("name", "roles")
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles

def can_edit(req):
    match req:
        case {"user": User(name, ["admin", *_]), "doc": doc}:
            return f"{name} may edit {doc} (admin)"
        case {"user": User(name, roles), "doc": {"owner": owner}} if owner == name:
            return f"{name} owns it"
        case {"user": User(name)}:
            return f"{name} may not edit"

print(can_edit({"user": User("ann", ["admin", "dev"]), "doc": "a.txt"}))
print(can_edit({"user": User("bob", ["dev"]), "doc": {"owner": "bob"}}))
print(can_edit({"user": User("cy", []), "doc": {"owner": "bob"}}))
