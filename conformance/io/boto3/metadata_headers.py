# Object metadata and standard headers: what you put is what head_object/get_object give back.
import json
import boto3

s3 = boto3.client("s3")
BUCKET = "asset-store"
s3.create_bucket(Bucket=BUCKET)

s3.put_object(
    Bucket=BUCKET,
    Key="report.json",
    Body=json.dumps({"total": 42, "items": [1, 2, 3]}).encode(),
    ContentType="application/json",
    CacheControl="max-age=3600",
    ContentDisposition='attachment; filename="report.json"',
    Metadata={"author": "alice", "version": "3"},
)

head = s3.head_object(Bucket=BUCKET, Key="report.json")
print(head["ContentType"], head["ContentLength"])
print(head["CacheControl"], head["ContentDisposition"])
print(sorted(head["Metadata"].items()))
headers = head["ResponseMetadata"]["HTTPHeaders"]
print(headers["content-type"], headers["x-amz-meta-author"], headers["content-length"])

obj = s3.get_object(Bucket=BUCKET, Key="report.json")
doc = json.loads(obj["Body"].read())
print(doc["total"], doc["items"], obj["Metadata"]["version"])

# Without metadata the dict is still there, empty.
s3.put_object(Bucket=BUCKET, Key="plain.bin", Body=bytes(range(10)))
plain = s3.head_object(Bucket=BUCKET, Key="plain.bin")
print(plain["Metadata"], plain["ContentLength"], plain.get("ContentType"))

# Replace metadata by copying onto itself.
s3.copy_object(
    Bucket=BUCKET, Key="report.json", CopySource={"Bucket": BUCKET, "Key": "report.json"},
    Metadata={"author": "bob", "reviewed": "yes"}, MetadataDirective="REPLACE",
    ContentType="application/json",
)
print(sorted(s3.head_object(Bucket=BUCKET, Key="report.json")["Metadata"].items()))

for key in ["report.json", "plain.bin"]:
    s3.delete_object(Bucket=BUCKET, Key=key)
s3.delete_bucket(Bucket=BUCKET)
