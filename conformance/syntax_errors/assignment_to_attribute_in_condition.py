class C:
    value = 1

if C.value = 1:
    print("one")
