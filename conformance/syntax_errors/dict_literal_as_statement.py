"name": "Ada",
"age": 36,
