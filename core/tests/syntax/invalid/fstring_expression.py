name = "world"
greeting = f"hello {name!}"
