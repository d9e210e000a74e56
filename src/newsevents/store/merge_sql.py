"""The SQL that feeds event merging and fills the evidence of merged events (constants only)."""
from __future__ import annotations

EVENTS_SQL = """
SELECT e.article_id, e.id AS event_id, e.plover_type, e.plover_mode, e.cameo_code,
       e.quad_class, e.intensity, e.acled_event_type, e.acled_sub_event_type, e.sentence, e.trigger_start, e.trigger_end, e.date,
       e.date_end,
       e.source_actors, e.target_actors, e.source_starts[1] AS source_start,
       e.target_starts[1] AS target_start, a.published, a.source, a.url,
       p.name AS place_name, p.lat, p.lon, p.country AS place_country, p.admin1, p.geonameid,
       p.precision, coalesce(d.duplicate_of, e.article_id) AS article_group, st.story_id,
       substring(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger_text
FROM events AS e
JOIN articles AS a ON a.id = e.article_id
LEFT JOIN stories AS st ON st.article_id = e.article_id
LEFT JOIN places AS p ON p.article_id = e.article_id AND p.id = e.place
LEFT JOIN duplicates AS d ON d.article_id = e.article_id
WHERE NOT list_contains(?::VARCHAR[], e.modality)
ORDER BY e.article_id, e.ord
"""

_TEXT = "substring(a.text, {t}.span_start + 1, {t}.span_end - {t}.span_start)"

EVIDENCE_SQL = f"""
INSERT INTO merged_event_evidence
SELECT m.merged_id, f.article_id, 'figure', f.id, 'supports', f.category, f.low, f.high,
       m.source, coalesce(ac.name, f.attributed_to), f.span_start, f.span_end,
       {_TEXT.format(t="f")}
FROM figures AS f
JOIN merged_event_mentions AS m ON m.article_id = f.article_id AND m.event_id = f.event
JOIN articles AS a ON a.id = f.article_id
LEFT JOIN actors AS ac ON ac.article_id = f.article_id AND ac.id = f.attributed_to
UNION ALL
SELECT m.merged_id, c.article_id, 'claim', c.id,
       CASE c.polarity WHEN 'asserts' THEN 'supports' WHEN 'denies' THEN 'disputes'
            ELSE 'uncertain' END,
       NULL, NULL, NULL, m.source, coalesce(ac.name, c.claimant), c.span_start, c.span_end,
       {_TEXT.format(t="c")}
FROM claims AS c
JOIN merged_event_mentions AS m ON m.article_id = c.article_id AND m.event_id = c.event
JOIN articles AS a ON a.id = c.article_id
LEFT JOIN actors AS ac ON ac.article_id = c.article_id AND ac.id = c.claimant
UNION ALL
SELECT m.merged_id, x.article_id, 'contradiction', x.id, 'disputes', NULL, NULL, NULL,
       m.source, NULL, NULL, NULL, x.reason
FROM contradictions AS x
JOIN merged_event_mentions AS m ON m.article_id = x.article_id AND m.event_id = x.event
"""

ACTORS_SQL = "SELECT article_id, id, name, code, country, sector FROM actors"

