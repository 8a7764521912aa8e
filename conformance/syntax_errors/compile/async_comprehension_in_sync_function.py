async def fetch(urls):
    for url in urls:
        yield url

def collect(urls):
    return [page async for page in fetch(urls)]
