# A heap near the memory limit, then snapshotted and restored by the host.
rows = [{'id': i, 'name': 'row %d' % i, 'tags': [i, i + 1]} for i in range(30000)]
print(len(rows))
