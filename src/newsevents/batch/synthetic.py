"""Synthetic news articles for batch equality tests and benchmarks (our own text, seeded).

`write_corpus(folder, n=…)` writes n articles as a mix of the input kinds a batch reads (a JSONL
file, a CSV file, text and HTML files, a WARC file) plus one bad input of each kind of trouble
(empty, binary, bad JSON, a record without text, a bad date, a missing path). Articles are
built from templates over a small pool of places, actors and days, so many report the same
event (merging has work to do), and every seventh article is a lightly edited copy of an
earlier one (near-duplicates).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

PLACES = ("Aleppo", "Homs", "Idlib", "Mosul", "Baghdad", "Kirkuk", "Cairo", "Alexandria",
          "Kabul", "Kandahar", "Tripoli", "Benghazi", "Sanaa", "Aden")
SOURCES = ("Government forces", "Rebel fighters", "Police", "The army", "Militants",
           "Security forces", "Protesters", "Opposition groups")
TARGETS = ("the rebels", "civilians", "protesters", "a checkpoint", "the opposition",
           "government troops", "a convoy", "villagers")
ACTIONS = (("attacked", "in an assault on"), ("shelled", "in shelling of"),
           ("arrested", "in a raid against"), ("fought", "in clashes with"))
SPEAKERS = ("a local official", "the interior ministry", "a spokesman for the army",
            "residents", "a doctor at the main hospital", "the United Nations")
OUTLETS = ("Daily Wire Service", "Morning Herald", "Evening Post", "Regional Times")
START = dt.date(2014, 6, 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    title: str
    text: str
    published: dt.date
    source: str
    url: str


def story(k: int, *, seed: int = 0) -> Story:
    """Article k of the corpus (a function of k and seed only)."""
    rng = random.Random(seed * 1_000_003 + k)
    place, src, tgt = rng.choice(PLACES), rng.choice(SOURCES), rng.choice(TARGETS)
    verb, noun = rng.choice(ACTIONS)
    day = START + dt.timedelta(days=rng.randrange(20))
    killed, wounded = rng.randrange(2, 60), rng.randrange(5, 120)
    speaker, other = rng.sample(SPEAKERS, 2)
    when = f"{day:%A}, {day.day} {day:%B} {day.year}"
    sentences = [
        f"{src} {verb} {tgt} in {place} on {when}, {speaker} said.",
        f"At least {killed} people were killed and {wounded} wounded {noun} {tgt}.",
        f'"The situation in {place} is very serious," {other} told reporters.',
        f"{other.capitalize()} denied that {src.lower()} had {verb} {tgt}.",
        f"Residents said more than {rng.randrange(100, 900)} families fled {place} "
        f"in the days after the fighting.",
    ]
    rng.shuffle(sentences[1:])
    return Story(title=f"{src} {verb} {tgt} in {place}", text=" ".join(sentences),
                 published=day + dt.timedelta(days=rng.randrange(2)),
                 source=rng.choice(OUTLETS), url=f"https://example.org/news/{seed}/{k}")


def stories(n: int, *, seed: int = 0) -> list[Story]:
    """n stories; every seventh is an edited copy of an earlier one (a near-duplicate)."""
    out: list[Story] = []
    for k in range(n):
        if k % 7 == 6 and out:
            base = out[random.Random(seed + k).randrange(len(out))]
            text = base.text + " The report could not be independently verified."
            out.append(Story(title=base.title, text=text, published=base.published,
                             source=OUTLETS[k % len(OUTLETS)], url=f"{base.url}?copy={k}"))
        else:
            out.append(story(k, seed=seed))
    return out


def write_corpus(folder: str | Path, *, n: int, seed: int = 0, bad: bool = True) -> list[str]:
    """Write n stories (and the bad inputs) under `folder`; returns the paths to give a batch."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    items = stories(n, seed=seed)
    quarter = max(1, n // 4)
    _write_jsonl(root / "feed.jsonl", items[:quarter], bad=bad)
    _write_csv(root / "feed.csv", items[quarter:2 * quarter])
    _write_warc(root / "crawl.warc.gz", items[2 * quarter:3 * quarter])
    pages = root / "pages"
    pages.mkdir(exist_ok=True)
    for k, item in enumerate(items[3 * quarter:]):
        _write_page(pages, k, item)
    paths = [str(root)]
    if bad:
        (pages / "empty.txt").write_text("", encoding="utf-8")
        (pages / "binary.txt").write_bytes(bytes(range(256)) * 8)
        paths.append(str(root / "missing-file.txt"))
    return paths


def _record(item: Story) -> dict[str, str]:
    return {"title": item.title, "text": item.text, "published": item.published.isoformat(),
            "source": item.source, "url": item.url}


def _write_jsonl(path: Path, items: list[Story], *, bad: bool) -> None:
    lines = [json.dumps(_record(item)) for item in items]
    if bad:
        lines[1:1] = ['{"text": "unterminated', json.dumps({"title": "no body"}),
                      json.dumps({"text": "Police arrested ten men.", "published": "soon"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_csv(path: Path, items: list[Story]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["title", "text", "published", "source", "url"])
        writer.writeheader()
        writer.writerows(_record(item) for item in items)


def _html(item: Story) -> str:
    paragraphs = "".join(f"<p>{s}.</p>" for s in item.text.split(". ") if s)
    return (f"<html><head><title>{item.title}</title>"
            f'<meta property="article:published_time" content="{item.published}"></head>'
            f"<body><nav>Home | World | Sport</nav><article><h1>{item.title}</h1>"
            f"{paragraphs}</article><footer>Copyright {item.source}</footer></body></html>")


def _write_warc(path: Path, items: list[Story]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for item in items:
            body = _html(item).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(item.url, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)


def _write_page(folder: Path, k: int, item: Story) -> None:
    if k % 2:
        (folder / f"story-{k:05d}.html").write_text(_html(item), encoding="utf-8")
    else:
        text = f"{item.title}\n\n{item.text}\n"
        (folder / f"story-{k:05d}.txt").write_text(text, encoding="utf-8")
