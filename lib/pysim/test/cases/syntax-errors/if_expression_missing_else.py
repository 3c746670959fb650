score = 72
grade = "pass" if score >= 50 "fail"
print(grade)
