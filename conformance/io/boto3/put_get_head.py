# A note store: put, get, head and delete objects, printing the fields boto3 returns.
import boto3

s3 = boto3.client("s3")
BUCKET = "notes-put-get"
s3.create_bucket(Bucket=BUCKET)

notes = {
    "notes/2024/groceries.txt": "milk\neggs\nbread\n",
    "notes/2024/todo.txt": "write report\ncall bob\n",
    "notes/readme.md": "# My notes\n\nAll my notes live here.\n",
}
for key, text in notes.items():
    resp = s3.put_object(Bucket=BUCKET, Key=key, Body=text.encode("utf-8"), ContentType="text/plain")
    print(key, resp["ResponseMetadata"]["HTTPStatusCode"], resp["ETag"])

obj = s3.get_object(Bucket=BUCKET, Key="notes/2024/todo.txt")
body = obj["Body"].read().decode("utf-8")
print(repr(body))
print(obj["ContentLength"], obj["ContentType"], obj["ETag"])
print(type(obj["LastModified"]).__name__, obj["LastModified"].tzinfo is not None)
print(obj["LastModified"].utcoffset())
print(sorted(k for k in obj if k not in ("ResponseMetadata",)))

head = s3.head_object(Bucket=BUCKET, Key="notes/readme.md")
print(head["ContentLength"], head["ETag"] == s3.get_object(Bucket=BUCKET, Key="notes/readme.md")["ETag"])
print(head["ResponseMetadata"]["HTTPStatusCode"], "Body" in head)

# A str body is sent as UTF-8.
s3.put_object(Bucket=BUCKET, Key="unicode.txt", Body="héllo wörld ✓")
data = s3.get_object(Bucket=BUCKET, Key="unicode.txt")["Body"].read()
print(data, len(data), data.decode())

resp = s3.delete_object(Bucket=BUCKET, Key="unicode.txt")
print("deleted", resp["ResponseMetadata"]["HTTPStatusCode"])

for key in notes:
    s3.delete_object(Bucket=BUCKET, Key=key)
s3.delete_bucket(Bucket=BUCKET)
print("done")
