import newsevents


def test_public_api_is_pinned():
    assert sorted(newsevents.__all__) == sorted([
        "Actor", "Article", "ArticleAnalysis", "Claim", "Contradiction", "Diagnostic", "Event",
        "Figure", "Mention", "NewsEventsError", "Outcome", "Pipeline", "Place", "Quote",
        "RawDocument", "Sentence", "Settings", "Span", "analyze", "build_pipeline", "from_dict",
        "load_settings", "to_dict",
    ])
    for name in newsevents.__all__:
        assert hasattr(newsevents, name)
