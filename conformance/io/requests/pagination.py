# Walks a paginated API two ways: the JSON body's `next` URL and the Link header.
import os
import requests

BASE = os.environ["PYEX_HTTP_BASE"]


def all_users_by_next(per_page):
    url, params, pages, users = f"{BASE}/api/users", {"per_page": per_page}, 0, []
    while url:
        r = requests.get(url, params=params, timeout=5)
        r.raise_for_status()
        page = r.json()
        pages += 1
        users.extend(page["data"])
        url, params = page["next"], None
    return pages, users


pages, users = all_users_by_next(3)
print(pages, len(users), [u["name"] for u in users])
print(sum(1 for u in users if u["active"]), "active")

with requests.Session() as s:
    url = f"{BASE}/api/users?per_page=2"
    seen = []
    while True:
        r = s.get(url)
        body = r.json()
        seen.append((body["page"], [u["id"] for u in body["data"]]))
        if "next" not in r.links:
            break
        print(sorted(r.links["next"]))
        url = r.links["next"]["url"]
    print(seen)

r = requests.get(f"{BASE}/api/users", params={"page": 3, "per_page": 3})
print(r.url.replace(BASE, "BASE"), r.json()["next"], r.links)
by_domain = {}
for u in users:
    by_domain.setdefault(u["email"].split("@")[1], []).append(u["id"])
print(by_domain)
