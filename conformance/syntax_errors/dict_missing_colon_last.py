config = {"a": 1, "b"}
