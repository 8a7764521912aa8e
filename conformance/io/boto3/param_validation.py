# Mistakes caught before anything is sent: botocore's ParamValidationError messages.
import boto3
from botocore.exceptions import ParamValidationError, BotoCoreError

s3 = boto3.client("s3")

attempts = [
    ("get_object", {"Bucket": "b"}),
    ("get_object", {"Bucket": "b", "Key": "k", "Foo": 1}),
    ("put_object", {"Bucket": "b", "Key": "k", "Body": 5}),
    ("list_objects_v2", {"Bucket": "b", "MaxKeys": "ten"}),
    ("get_object", {"Bucket": "b", "Key": ""}),
    ("delete_objects", {"Bucket": "b", "Delete": {"Objects": [{"K": "x"}]}}),
    ("get_object", {"Bucket": "bad/name", "Key": "k"}),
    ("copy_object", {"Bucket": "b", "Key": "k"}),
    ("list_objects_v2", {}),
]
for method, kwargs in attempts:
    try:
        getattr(s3, method)(**kwargs)
    except ParamValidationError as e:
        print(method, "->", type(e).__name__, isinstance(e, BotoCoreError))
        print(str(e))
        print()

try:
    s3.get_object("bucket", "key")
except TypeError as e:
    print("TypeError:", e)

try:
    s3.get_paginator("get_object")
except Exception as e:
    print(type(e).__name__, e)
