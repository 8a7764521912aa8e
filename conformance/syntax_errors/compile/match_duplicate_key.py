config = {"mode": "fast"}
match config:
    case {"mode": m, "mode": n}:
        print(m, n)
