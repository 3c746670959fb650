class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Status:
    OK = 0
    ERR = 1

def paint(c, s):
    match (c, s):
        case (Color.RED, Status.OK):
            return "red ok"
        case (Color.GREEN | Color.BLUE, Status.OK):
            return "cool ok"
        case (_, Status.ERR):
            return "error"
    return "?"

print(paint("red", 0))
print(paint("blue", 0))
print(paint("green", 1))
print(paint("pink", 0))
