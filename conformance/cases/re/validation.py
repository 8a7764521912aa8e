# Validating user input: emails, phone numbers, passwords, dates, IPs,
# with fullmatch and lookaheads; normalizing what passes.
import re

EMAIL = re.compile(r"[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
PHONE = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
PASSWORD = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")

emails = ["john.doe@example.com", "bad@", "x+tag@sub.domain.org", "no spaces@x.com", "a@b.c"]
for e in emails:
    print(f"{e!r:26} email={bool(EMAIL.fullmatch(e))}")

for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234-567", "555 123 45678"]:
    m = PHONE.fullmatch(p)
    print(f"{p!r:18}", "-".join(m.groups()) if m else "invalid")

for pw in ["Passw0rd!", "password", "Sh0rt!", "NoDigits!!", "Good#Pass123"]:
    print(f"{pw!r:16} strong={PASSWORD.match(pw) is not None}")

for d in ["2024-02-29", "2024-13-01", "1999-12-31", "2020-00-10", "2021-7-4"]:
    m = DATE.fullmatch(d)
    print(d, m.groupdict() if m else None)

for ip in ["192.168.0.1", "256.1.1.1", "10.0.0.255", "1.2.3", "0.0.0.0"]:
    print(ip, IPV4.fullmatch(ip) is not None)

def normalize(s):
    s = re.sub(r"\s+", " ", s.strip())
    return re.sub(r"(?i)\b(mr|mrs|dr)\.?\s", lambda m: m.group(1).capitalize() + ". ", s)

print(normalize("  dr   watson  and MRS hudson "))
print(re.split(r"\s*[;,]\s*", "a ; b,c ,  d;;e"))
