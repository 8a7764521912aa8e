# What a program sees when S3 says no: ClientError, its response dict and message, and the
# modeled exception classes of client.exceptions.
import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
BUCKET = "errors-demo"
s3.create_bucket(Bucket=BUCKET)
s3.put_object(Bucket=BUCKET, Key="present.txt", Body=b"here")

try:
    s3.get_object(Bucket=BUCKET, Key="missing.txt")
except ClientError as e:
    err = e.response["Error"]
    print(type(e).__name__, err["Code"], err.get("Message"))
    print(e.response["ResponseMetadata"]["HTTPStatusCode"], e.operation_name)
    print(str(e))
    print(isinstance(e, s3.exceptions.NoSuchKey), isinstance(e, ClientError))

try:
    s3.get_object(Bucket=BUCKET, Key="missing.txt")
except s3.exceptions.NoSuchKey as e:
    print("caught NoSuchKey:", e.response["Error"]["Code"])

try:
    s3.head_object(Bucket=BUCKET, Key="missing.txt")
except ClientError as e:
    print(type(e).__name__, e.response["Error"], e.response["ResponseMetadata"]["HTTPStatusCode"])
    print(str(e))


def exists(key):
    try:
        s3.head_object(Bucket=BUCKET, Key=key)
        return True
    except ClientError as e:
        if e.response["Error"]["Code"] == "404":
            return False
        raise


print(exists("present.txt"), exists("missing.txt"))

try:
    s3.list_objects_v2(Bucket="no-such-bucket-here")
except s3.exceptions.NoSuchBucket as e:
    print(type(e).__name__, e.response["Error"]["Code"], e.response["Error"].get("Message"))
    print(str(e))

try:
    s3.create_bucket(Bucket=BUCKET)
except ClientError as e:
    print("create again:", e.response["Error"]["Code"], type(e).__name__)

try:
    s3.copy_object(Bucket=BUCKET, Key="copy.txt", CopySource={"Bucket": BUCKET, "Key": "gone.txt"})
except ClientError as e:
    print("copy missing:", type(e).__name__, e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"])

print(s3.exceptions.NoSuchKey.__name__, s3.exceptions.NoSuchKey.__mro__[1].__name__)
print(s3.exceptions.from_code("NoSuchBucket") is s3.exceptions.NoSuchBucket)
print(s3.exceptions.from_code("SomethingElse") is ClientError)

s3.delete_object(Bucket=BUCKET, Key="present.txt")
s3.delete_bucket(Bucket=BUCKET)
