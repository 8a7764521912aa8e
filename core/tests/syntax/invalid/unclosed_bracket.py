config = {
    "name": "demo",
    "values": [1, 2, 3],

def main():
    print(config)
