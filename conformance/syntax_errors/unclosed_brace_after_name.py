async def collect(pages):
    first_seven = []
    async for record in pages:
        first_s{even.append(record)
        if len(first_seven) == 7:
            break
    return first_seven
