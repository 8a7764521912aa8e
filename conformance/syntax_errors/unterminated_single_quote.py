message = 'it's broken'
