total = 1 +  # more to come
