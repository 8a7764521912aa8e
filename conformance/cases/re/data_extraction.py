# Extracting structured data from free text: prices, dates in several
# formats normalized to ISO, hashtags, mentions and URLs.
import re

TEXT = """Order #A-1042 placed on 03/15/2024 for $1,299.99 (was $1,499.00).
Shipped 2024-03-18; delivered March 21, 2024. Contact @support or visit
https://shop.example.com/orders/A-1042?ref=mail#top. #fastshipping #happy
Refund of $20 issued on 4/1/2024 to user@example.com."""

MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}

prices = [float(p.replace(",", "")) for p in re.findall(r"\$(\d{1,3}(?:,\d{3})*(?:\.\d\d)?)", TEXT)]
print(prices, sum(prices))

DATE = re.compile(r"""
    (?P<us>(?P<m1>\d{1,2})/(?P<d1>\d{1,2})/(?P<y1>\d{4}))
  | (?P<iso>(?P<y2>\d{4})-(?P<m2>\d\d)-(?P<d2>\d\d))
  | (?P<long>(?P<mname>[A-Z][a-z]+)\ (?P<d3>\d{1,2}),\ (?P<y3>\d{4}))
""", re.X)
for m in DATE.finditer(TEXT):
    if m["us"]:
        y, mo, d = m["y1"], m["m1"], m["d1"]
    elif m["iso"]:
        y, mo, d = m["y2"], m["m2"], m["d2"]
    else:
        y, mo, d = m["y3"], MONTHS[m["mname"]], m["d3"]
    print(f"{m.group():16} -> {int(y):04d}-{int(mo):02d}-{int(d):02d} via {m.lastgroup}")

print(re.findall(r"#(\w+)", TEXT))
print(re.findall(r"(?<![\w.])@(\w+)", TEXT))
url = re.search(r"(?P<scheme>https?)://(?P<host>[\w.-]+)(?P<path>/[^\s?#]*)(?:\?(?P<query>[^\s#]*))?(?:#(?P<frag>\S*))?", TEXT)
print(url.groupdict())
print(re.search(r"[\w.]+@[\w.]+\w", TEXT).group())
print(re.findall(r"Order #([A-Z]-\d+)", TEXT), re.sub(r"\d", "#", "card 4111-1111"))
