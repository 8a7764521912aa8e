# Listing a large bucket page by page: continuation tokens by hand, then the paginator.
import boto3

s3 = boto3.client("s3")
BUCKET = "event-log"
s3.create_bucket(Bucket=BUCKET)
for day in range(1, 24):
    s3.put_object(Bucket=BUCKET, Key=f"events/day-{day:02d}.log", Body=f"day {day}\n" * day)
s3.put_object(Bucket=BUCKET, Key="other/readme.txt", Body=b"hi")

# By hand: MaxKeys and ContinuationToken.
keys, token, pages = [], None, 0
while True:
    kwargs = {"Bucket": BUCKET, "Prefix": "events/", "MaxKeys": 10}
    if token:
        kwargs["ContinuationToken"] = token
    resp = s3.list_objects_v2(**kwargs)
    pages += 1
    keys.extend(o["Key"] for o in resp["Contents"])
    print("page", pages, resp["KeyCount"], resp["IsTruncated"], "NextContinuationToken" in resp)
    if not resp["IsTruncated"]:
        break
    token = resp["NextContinuationToken"]
print(len(keys), keys[0], keys[-1])

paginator = s3.get_paginator("list_objects_v2")
print(s3.can_paginate("list_objects_v2"), s3.can_paginate("get_object"))
sizes = []
for page in paginator.paginate(Bucket=BUCKET, Prefix="events/", PaginationConfig={"PageSize": 7}):
    sizes.append(len(page["Contents"]))
print("page sizes:", sizes)

total = 0
for page in paginator.paginate(Bucket=BUCKET):
    for obj in page.get("Contents", []):
        total += obj["Size"]
print("total bytes:", total)

limited = paginator.paginate(Bucket=BUCKET, Prefix="events/", PaginationConfig={"MaxItems": 5, "PageSize": 3})
print([o["Key"] for page in limited for o in page["Contents"]])

full = paginator.paginate(Bucket=BUCKET, Prefix="events/", PaginationConfig={"PageSize": 4}).build_full_result()
print(sorted(full), len(full["Contents"]))

big = [o["Key"] for o in full["Contents"] if o["Size"] > 100]
print(big)

for key in keys + ["other/readme.txt"]:
    s3.delete_object(Bucket=BUCKET, Key=key)
s3.delete_bucket(Bucket=BUCKET)
