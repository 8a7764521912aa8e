counts = {key := "a": 1, "b": 2}
