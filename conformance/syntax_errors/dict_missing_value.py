settings = {"theme": , "size": 12}
