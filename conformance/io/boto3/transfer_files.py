# upload_file/download_file through the local filesystem, and the *_fileobj forms.
import io
import os
import boto3

s3 = boto3.client("s3")
BUCKET = "backup-bucket"
s3.create_bucket(Bucket=BUCKET)

with open("data.csv", "w") as f:
    f.write("name,score\n")
    for i in range(5):
        f.write(f"player{i},{i * 10}\n")

s3.upload_file("data.csv", BUCKET, "backups/data.csv")
head = s3.head_object(Bucket=BUCKET, Key="backups/data.csv")
print("uploaded", head["ContentLength"], os.path.getsize("data.csv"))

s3.download_file(BUCKET, "backups/data.csv", "restored.csv")
with open("restored.csv") as f:
    print(f.read().splitlines()[-1])
print(open("data.csv").read() == open("restored.csv").read())

s3.upload_file("data.csv", BUCKET, "backups/typed.csv", ExtraArgs={"ContentType": "text/csv"})
print(s3.head_object(Bucket=BUCKET, Key="backups/typed.csv")["ContentType"])

buf = io.BytesIO(b"in-memory payload")
s3.upload_fileobj(buf, BUCKET, "backups/mem.bin")
out = io.BytesIO()
s3.download_fileobj(BUCKET, "backups/mem.bin", out)
print(out.getvalue())

progress = []
s3.upload_file("data.csv", BUCKET, "backups/cb.csv", Callback=progress.append)
print(sum(progress))

try:
    s3.download_file(BUCKET, "backups/missing.csv", "nope.csv")
except Exception as e:
    print(type(e).__name__, e)
print(os.path.exists("nope.csv"))

for key in ["backups/data.csv", "backups/typed.csv", "backups/mem.bin", "backups/cb.csv"]:
    s3.delete_object(Bucket=BUCKET, Key=key)
s3.delete_bucket(Bucket=BUCKET)
