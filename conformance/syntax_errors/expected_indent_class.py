class Point:
x = 0
