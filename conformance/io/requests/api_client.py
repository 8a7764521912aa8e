# A small API client class: base URL, session, error translation, retries on server errors.
import os
import requests


class ApiError(Exception):
    def __init__(self, status, detail):
        super().__init__(f"{status}: {detail}")
        self.status = status


class UsersClient:
    def __init__(self, base_url, timeout=5):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"
        self.calls = 0

    def _request(self, method, path, **kwargs):
        self.calls += 1
        try:
            r = self.session.request(method, self.base_url + path, timeout=self.timeout, **kwargs)
        except requests.RequestException as e:
            raise ApiError(0, type(e).__name__) from e
        if r.status_code >= 400:
            try:
                detail = r.json().get("detail", r.reason)
            except ValueError:
                detail = r.text
            raise ApiError(r.status_code, detail)
        return r.json() if r.content else None

    def list_all(self):
        page, users = 1, []
        while True:
            body = self._request("GET", "/api/users", params={"page": page, "per_page": 4})
            users += body["data"]
            if not body["next"]:
                return users
            page += 1

    def get(self, user_id):
        return self._request("GET", f"/api/users/{user_id}")

    def create(self, **fields):
        return self._request("POST", "/api/users", json=fields)

    def delete(self, user_id):
        return self._request("DELETE", f"/api/users/{user_id}")

    def flaky(self, attempts=3):
        for attempt in range(attempts):
            try:
                return self._request("GET", "/status/503")
            except ApiError as e:
                if e.status < 500 or attempt == attempts - 1:
                    raise


client = UsersClient(os.environ["PYEX_HTTP_BASE"] + "/")
users = client.list_all()
print(len(users), [u["id"] for u in users if not u["active"]])
print(client.get(4)["name"], client.create(name="Ken", admin=False), client.delete(4))
for bad in (lambda: client.get(100), lambda: client.create(email="x"), client.flaky):
    try:
        bad()
    except ApiError as e:
        print("ApiError", e, e.status)
print("calls", client.calls)
client.session.close()
