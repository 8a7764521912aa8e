class = "A"
