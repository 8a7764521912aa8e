double = lambda x => x * 2
