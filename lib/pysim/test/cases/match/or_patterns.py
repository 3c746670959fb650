def weekend(day):
    match day.lower():
        case "saturday" | "sunday":
            return True
        case "monday" | "tuesday" | "wednesday" | "thursday" | "friday":
            return False
        case _:
            raise ValueError(day)

for d in ("Saturday", "monday", "SUNDAY"):
    print(d, weekend(d))
try:
    weekend("funday")
except ValueError as e:
    print("bad day:", e)

match (1, 2):
    case (1, x) | (x, 1):
        print("x is", x)
match (3, 1):
    case (1, x) | (x, 1):
        print("x is", x)
