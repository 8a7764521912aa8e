# Clients made from a Session and a Config; explicit endpoint and region arguments.
import os
import boto3
from botocore.config import Config

session = boto3.session.Session(region_name="us-east-1")
s3 = session.client("s3", config=Config(read_timeout=20, retries={"max_attempts": 2}))
print(type(s3).__name__, s3.meta.region_name, session.region_name)
print(s3.meta.config.read_timeout, s3.meta.config.connect_timeout)

explicit = boto3.client(
    "s3",
    endpoint_url=os.environ["AWS_ENDPOINT_URL"],
    region_name="us-east-1",
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)
explicit.create_bucket(Bucket="session-demo")
s3.put_object(Bucket="session-demo", Key="hello.txt", Body=b"from the session client")
print(explicit.get_object(Bucket="session-demo", Key="hello.txt")["Body"].read())

try:
    boto3.client("dynamodb-nonexistent")
except Exception as e:
    print(type(e).__name__)

bad = boto3.client("s3", aws_access_key_id="wrong", aws_secret_access_key="wrong")
try:
    bad.list_objects_v2(Bucket="session-demo")
except Exception as e:
    print(type(e).__name__, e.response["ResponseMetadata"]["HTTPStatusCode"])

s3.delete_object(Bucket="session-demo", Key="hello.txt")
explicit.delete_bucket(Bucket="session-demo")
print("ok")
