class C:
    n = 0

if (C.n := 3) > 2:
    pass
