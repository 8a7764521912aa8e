raise ValueError, "bad value"
