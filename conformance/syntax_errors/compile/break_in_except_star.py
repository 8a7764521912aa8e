for attempt in range(3):
    try:
        connect()
    except* OSError:
        break
