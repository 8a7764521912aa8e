match {"a": 1}:
    case {**rest, "a": 1}:
        pass
