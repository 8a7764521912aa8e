# A tiny document database on S3: one JSON object per user, with an index.
import json
import boto3
from botocore.exceptions import ClientError

s3 = boto3.client("s3")
BUCKET = "user-docs"
s3.create_bucket(Bucket=BUCKET)


def save(user):
    s3.put_object(Bucket=BUCKET, Key=f"users/{user['id']}.json",
                  Body=json.dumps(user, sort_keys=True), ContentType="application/json")


def load(user_id):
    try:
        obj = s3.get_object(Bucket=BUCKET, Key=f"users/{user_id}.json")
    except s3.exceptions.NoSuchKey:
        return None
    return json.loads(obj["Body"].read())


users = [
    {"id": "u1", "name": "Ada", "plan": "pro", "logins": 12},
    {"id": "u2", "name": "Grace", "plan": "free", "logins": 3},
    {"id": "u3", "name": "Linus", "plan": "pro", "logins": 40},
]
for u in users:
    save(u)

u = load("u2")
u["plan"] = "pro"
u["logins"] += 1
save(u)
print(load("u2"))
print(load("u9"))

index = {}
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix="users/"):
    for obj in page["Contents"]:
        doc = load(obj["Key"][len("users/"):-len(".json")])
        index.setdefault(doc["plan"], []).append(doc["name"])
print(index)
s3.put_object(Bucket=BUCKET, Key="index.json", Body=json.dumps(index))
print(json.loads(s3.get_object(Bucket=BUCKET, Key="index.json")["Body"].read())["pro"])

try:
    s3.get_object(Bucket=BUCKET, Key="users/u9.json")
except ClientError as e:
    print(e)

keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in keys]})
s3.delete_bucket(Bucket=BUCKET)
print(len(keys), "objects removed")
