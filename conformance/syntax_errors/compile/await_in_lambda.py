async def main(jobs):
    runner = lambda job: await job
    return [runner(j) for j in jobs]
