# A daily sales report: raw CSV files in S3 are aggregated and the summary written back.
import csv
import io
import boto3

s3 = boto3.client("s3")
BUCKET = "sales-data"
s3.create_bucket(Bucket=BUCKET)

raw = {
    "raw/north.csv": [("widget", 3, 2.50), ("gadget", 1, 10.00), ("widget", 2, 2.50)],
    "raw/south.csv": [("gadget", 4, 9.50), ("doohickey", 10, 0.75)],
    "raw/east.csv": [("widget", 7, 2.25)],
}
for key, rows in raw.items():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["product", "qty", "price"])
    writer.writerows(rows)
    s3.put_object(Bucket=BUCKET, Key=key, Body=out.getvalue().encode(), ContentType="text/csv")

totals = {}
for obj in s3.list_objects_v2(Bucket=BUCKET, Prefix="raw/")["Contents"]:
    text = s3.get_object(Bucket=BUCKET, Key=obj["Key"])["Body"].read().decode()
    for row in csv.DictReader(io.StringIO(text)):
        amount = int(row["qty"]) * float(row["price"])
        totals[row["product"]] = totals.get(row["product"], 0) + amount

summary = io.StringIO()
writer = csv.writer(summary)
writer.writerow(["product", "revenue"])
for product in sorted(totals):
    writer.writerow([product, f"{totals[product]:.2f}"])
s3.put_object(Bucket=BUCKET, Key="reports/summary.csv", Body=summary.getvalue())

report = s3.get_object(Bucket=BUCKET, Key="reports/summary.csv")
print(report["ContentLength"])
print(report["Body"].read().decode(), end="")

keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in keys]})
s3.delete_bucket(Bucket=BUCKET)
