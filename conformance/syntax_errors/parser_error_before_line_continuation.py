items = [
    "a" "b" c
    \d,
]
