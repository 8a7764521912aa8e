# Managing buckets: create, list, head, and delete (only when empty).
import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
names = ["team-alpha-data", "team-beta-data", "team-gamma-data"]
for name in names:
    resp = s3.create_bucket(Bucket=name)
    print(name, resp["ResponseMetadata"]["HTTPStatusCode"], resp.get("Location"))

listing = s3.list_buckets()
mine = sorted(b["Name"] for b in listing["Buckets"] if b["Name"].startswith("team-"))
print(mine)
print(all(type(b["CreationDate"]).__name__ == "datetime" for b in listing["Buckets"]))

resp = s3.head_bucket(Bucket="team-beta-data")
print(resp["ResponseMetadata"]["HTTPStatusCode"])

try:
    s3.head_bucket(Bucket="team-omega-data")
except ClientError as e:
    print(e.response["Error"]["Code"], str(e))

s3.put_object(Bucket="team-gamma-data", Key="keep.txt", Body=b"1")
for name in names:
    try:
        s3.delete_bucket(Bucket=name)
        print("deleted", name)
    except ClientError as e:
        print("kept", name, e.response["Error"]["Code"])
print(sorted(b["Name"] for b in s3.list_buckets()["Buckets"] if b["Name"].startswith("team-")))
try:
    s3.delete_bucket(Bucket="team-gamma-data")
except ClientError as e:
    print(e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"])
