def main():
    print("starting"
    return 0
