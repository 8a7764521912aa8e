score = 87
if score >= 90
    grade = "A"
else:
    grade = "B"
