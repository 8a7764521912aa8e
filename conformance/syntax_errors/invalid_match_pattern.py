match point:
    case (0, 0) + 1:
        print("origin")
