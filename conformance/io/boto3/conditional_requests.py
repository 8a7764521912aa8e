# Caching with ETags: conditional gets, ranges, and optimistic "create only if absent".
import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
BUCKET = "cache-demo"
s3.create_bucket(Bucket=BUCKET)
etag = s3.put_object(Bucket=BUCKET, Key="config.json", Body=b'{"debug": false}')["ETag"]

try:
    s3.get_object(Bucket=BUCKET, Key="config.json", IfNoneMatch=etag)
except ClientError as e:
    print("not modified:", e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"])

obj = s3.get_object(Bucket=BUCKET, Key="config.json", IfMatch=etag)
print(obj["Body"].read())

try:
    s3.get_object(Bucket=BUCKET, Key="config.json", IfMatch='"0123456789abcdef0123456789abcdef"')
except ClientError as e:
    print("precondition:", e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"])

part = s3.get_object(Bucket=BUCKET, Key="config.json", Range="bytes=1-7")
print(part["Body"].read(), part["ContentLength"], part["ResponseMetadata"]["HTTPStatusCode"])

for key in ["config.json"]:
    s3.delete_object(Bucket=BUCKET, Key=key)
s3.delete_bucket(Bucket=BUCKET)
