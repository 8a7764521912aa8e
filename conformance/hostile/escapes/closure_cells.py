# Closure cells: reading and rewriting a captured variable is ordinary Python, and reaches
# nothing but the program's own values.
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

bump = counter()
bump()
cell = bump.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 41
print(bump())
