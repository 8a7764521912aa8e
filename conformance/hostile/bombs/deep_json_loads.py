# json.loads of 10**5 nested arrays.
import json
json.loads('[' * 100000 + ']' * 100000)
