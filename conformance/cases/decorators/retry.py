# A retry decorator: retries on chosen exceptions with a fake backoff schedule, then re-raises.
def retry(times, on=(Exception,), backoff=1.0):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    print(f"  attempt {attempt} failed: {type(e).__name__}: {e}")
                    if attempt == times:
                        raise
                    print(f"  would sleep {delay:.1f}s")
                    delay *= 2

        return wrapper

    return decorator


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"timeout #{self.calls}")
        return f"data after {self.calls} calls"


service = Flaky(2)


@retry(3, on=(ConnectionError,), backoff=0.5)
def get_data():
    return service.fetch()


print(get_data())


@retry(5, on=(KeyError,))
def wrong_error():
    raise ValueError("not retried")


try:
    wrong_error()
except ValueError as e:
    print("ValueError:", e)
service = Flaky(10)
get_data()
