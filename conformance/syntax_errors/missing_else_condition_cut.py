def page(cursor, size, db):
    return cursor + size if cursor +  < len(db) else None
