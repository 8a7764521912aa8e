def area(w, h):
    return w * h


print(area(3, 4)
total = area(5, 6)
print(total)
