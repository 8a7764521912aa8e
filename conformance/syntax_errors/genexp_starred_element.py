rows = [[1, 2], [3]]
flat = list((*row for row in rows))
