payload = b"café"
