# Archiving: copy objects to an archive prefix, then delete the originals in one batch.
import boto3

s3 = boto3.client("s3")
BUCKET = "orders-bucket"
s3.create_bucket(Bucket=BUCKET)

for n in range(1, 6):
    s3.put_object(Bucket=BUCKET, Key=f"inbox/order-{n}.csv", Body=f"id,qty\n{n},{n * 3}\n")

listing = s3.list_objects_v2(Bucket=BUCKET, Prefix="inbox/")
moved = []
for obj in listing["Contents"]:
    src = obj["Key"]
    dst = "archive/" + src.split("/", 1)[1]
    resp = s3.copy_object(Bucket=BUCKET, Key=dst, CopySource={"Bucket": BUCKET, "Key": src})
    result = resp["CopyObjectResult"]
    source_etag = s3.head_object(Bucket=BUCKET, Key=src)["ETag"]
    print(dst, result["ETag"] == source_etag, type(result["LastModified"]).__name__)
    moved.append(src)

# CopySource may also be a "bucket/key" string.
s3.copy_object(Bucket=BUCKET, Key="archive/latest.csv", CopySource=f"{BUCKET}/inbox/order-5.csv")
print(s3.get_object(Bucket=BUCKET, Key="archive/latest.csv")["Body"].read().decode())

resp = s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in moved]})
print(sorted(d["Key"] for d in resp["Deleted"]), resp.get("Errors", []))
print(resp["ResponseMetadata"]["HTTPStatusCode"])

left = s3.list_objects_v2(Bucket=BUCKET)
print([o["Key"] for o in left["Contents"]])

resp = s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": o["Key"]} for o in left["Contents"]], "Quiet": True})
print("Deleted" in resp, resp.get("Errors", []))
print(s3.list_objects_v2(Bucket=BUCKET)["KeyCount"])
s3.delete_bucket(Bucket=BUCKET)
