match = [1, 2]
case = {"case": 1}
print(match, case)
match[0] = 5
print(match)
def match_it(match):
    return match
print(match_it("x"))
match match:
    case [case, _]:
        print("case is", case)
