class C:
    value = 1

print(C.value=1)
