# Keys with spaces, unicode and punctuation survive a round trip and a listing.
import boto3

s3 = boto3.client("s3")
BUCKET = "odd-keys"
s3.create_bucket(Bucket=BUCKET)
keys = [
    "docs/annual report 2024.pdf",
    "docs/résumé.txt",
    "docs/a+b=c.txt",
    "docs/100%.txt",
    "docs/question?.txt",
    "docs/semi;colon&amp.txt",
    "docs/日本語.txt",
]
for i, key in enumerate(keys):
    s3.put_object(Bucket=BUCKET, Key=key, Body=f"file {i}".encode())

listed = s3.list_objects_v2(Bucket=BUCKET, Prefix="docs/")
print(sorted(o["Key"] for o in listed["Contents"]) == sorted(keys))
for o in sorted(listed["Contents"], key=lambda o: o["Key"]):
    print(repr(o["Key"]), o["Size"])
print(listed.get("EncodingType"))

for key in keys:
    body = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
    print(key, body)

s3.copy_object(Bucket=BUCKET, Key="copies/résumé copy.txt", CopySource={"Bucket": BUCKET, "Key": "docs/résumé.txt"})
print(s3.get_object(Bucket=BUCKET, Key="copies/résumé copy.txt")["Body"].read())

dirs = s3.list_objects_v2(Bucket=BUCKET, Delimiter="/")
print([p["Prefix"] for p in dirs["CommonPrefixes"]])

all_keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
resp = s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in all_keys]})
print(len(resp["Deleted"]))
s3.delete_bucket(Bucket=BUCKET)
