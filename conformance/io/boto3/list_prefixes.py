# Browsing a bucket like folders: Prefix and Delimiter give "directories" (CommonPrefixes).
import boto3

s3 = boto3.client("s3")
BUCKET = "photo-archive"
s3.create_bucket(Bucket=BUCKET)

keys = [
    "2023/01/beach.jpg", "2023/01/sunset.jpg", "2023/02/snow.jpg",
    "2024/05/garden.jpg", "2024/05/dog.jpg", "2024/06/party.jpg",
    "index.html", "thumbs/beach.jpg",
]
for i, key in enumerate(keys):
    s3.put_object(Bucket=BUCKET, Key=key, Body=b"x" * (i + 1))

top = s3.list_objects_v2(Bucket=BUCKET, Delimiter="/")
print("files:", [o["Key"] for o in top.get("Contents", [])])
print("dirs:", [p["Prefix"] for p in top.get("CommonPrefixes", [])])
print(top["KeyCount"], top["IsTruncated"], top["Name"], top.get("Delimiter"))


def walk(prefix, depth=0):
    resp = s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix, Delimiter="/")
    for p in resp.get("CommonPrefixes", []):
        print("  " * depth + p["Prefix"])
        walk(p["Prefix"], depth + 1)
    for o in resp.get("Contents", []):
        print("  " * depth + "- " + o["Key"][len(prefix):], o["Size"])


walk("")

resp = s3.list_objects_v2(Bucket=BUCKET, Prefix="2024/")
print([(o["Key"], o["Size"]) for o in resp["Contents"]])
print(resp["Prefix"], resp["KeyCount"], resp["MaxKeys"])
total = sum(o["Size"] for o in resp["Contents"])
print("2024 bytes:", total)

empty = s3.list_objects_v2(Bucket=BUCKET, Prefix="1999/")
print("Contents" in empty, empty["KeyCount"])

resp = s3.list_objects_v2(Bucket=BUCKET, StartAfter="2024/05/garden.jpg")
print([o["Key"] for o in resp["Contents"]])

first = s3.list_objects_v2(Bucket=BUCKET)["Contents"][0]
print(sorted(first), first["LastModified"].year > 2000)

for key in keys:
    s3.delete_object(Bucket=BUCKET, Key=key)
s3.delete_bucket(Bucket=BUCKET)
