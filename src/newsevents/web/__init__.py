"""`newsevents serve`: the analyst's desk, a local web application over the store.

Pages are rendered on the server (Jinja2, autoescaped); a little JavaScript of our own draws the
map (Leaflet from the XStatic-Leaflet package), the timeline and the article highlights. The
store is opened read-only for each request and closed after it, so an ingest can take the
write lock between requests.
"""
