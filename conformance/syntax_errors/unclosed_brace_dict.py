config = {"debug": True, "level": 3
print(config)
