# Reading a body in pieces: read(amt), iter_lines, iter_chunks, and a context manager.
import boto3

s3 = boto3.client("s3")
BUCKET = "log-reader"
s3.create_bucket(Bucket=BUCKET)
lines = [f"2024-05-{d:02d} INFO request handled in {d * 7} ms" for d in range(1, 11)]
s3.put_object(Bucket=BUCKET, Key="app.log", Body="\n".join(lines) + "\n")

body = s3.get_object(Bucket=BUCKET, Key="app.log")["Body"]
print(type(body).__name__, type(body).__module__)
print(body.read(10))
print(body.read(5))
rest = body.read()
print(len(rest), rest[-8:])
print(body.read())

slow = []
for line in s3.get_object(Bucket=BUCKET, Key="app.log")["Body"].iter_lines():
    ms = int(line.split()[-2])
    if ms > 40:
        slow.append(line.decode())
print(slow)

chunks = list(s3.get_object(Bucket=BUCKET, Key="app.log")["Body"].iter_chunks(chunk_size=100))
print([len(c) for c in chunks])

kept = list(s3.get_object(Bucket=BUCKET, Key="app.log")["Body"].iter_lines(keepends=True))
print(kept[0])

s3.put_object(Bucket=BUCKET, Key="crlf.txt", Body=b"a\r\nb\r\n\r\nc")
print(list(s3.get_object(Bucket=BUCKET, Key="crlf.txt")["Body"].iter_lines()))

obj = s3.get_object(Bucket=BUCKET, Key="app.log", Range="bytes=0-9")
print(obj["Body"].read(), obj["ContentLength"], obj["ContentRange"])
print(obj["ResponseMetadata"]["HTTPStatusCode"])

for key in ["app.log", "crlf.txt"]:
    s3.delete_object(Bucket=BUCKET, Key=key)
s3.delete_bucket(Bucket=BUCKET)
