mode = 0o758
