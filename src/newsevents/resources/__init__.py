"""External resources behind small interfaces: dictionaries, gazetteer, lexicons."""
