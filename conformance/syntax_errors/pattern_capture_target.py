match 5:
    case int() as 1:
        pass
