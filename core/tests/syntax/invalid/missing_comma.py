colors = [
    "red",
    "green"
    "blue"
    yellow
]
