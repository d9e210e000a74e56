"""`newsevents eval actors`: actor country and sector against the PLOVER gold standard.

Gold: `PLOVER_GSR_CAMEO.dev.json`, a list of records with `text`, `date` and `source` / `target`
lists of {actorText, code, sector?}. The gold `code` is the actor's country (ISO3, or IGO for
intergovernmental bodies); `sector` is a PLOVER sector, sometimes followed by sub-codes
("REFafa"), of which the first three letters are compared.

For each gold actor we find its text in the record, run the pipeline up to actors, and take the
actor whose mentions overlap that text most. Country agreement: our country (or IGO for UN/IGO
bodies) equals the gold code. Sector agreement is scored over gold actors that have a sector.
Exact agreement: country agrees and, when the gold gives a sector, the sector agrees too.
Partial: country or sector agrees. An actor we do not find counts as a disagreement.
Our UNO/IGO/EUR sector of an international body compares as GOV (PLOVER's convention: the body
is the "country" IGO, its governing organs and officials the sector GOV).
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..config import Settings
from ..errors import EvalDataError
from ..model import Actor, Article, Span
from ..resources.actor_entries import INTERNATIONAL
from .common import shipped_pipeline

GOLD_FILE = "PLOVER_GSR_CAMEO.dev.json"


@dataclass(frozen=True, slots=True)
class GoldActor:
    record: str
    role: str
    text: str
    country: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class ActorScore:
    found: bool
    country: bool
    sector: bool | None  # None when the gold gives no sector

    @property
    def exact(self) -> bool:
        return self.country and self.sector is not False

    @property
    def partial(self) -> bool:
        return self.country or bool(self.sector)


def gold_actors(record: dict[str, Any]) -> list[GoldActor]:
    out = []
    for role in ("source", "target"):
        items = record.get(role)
        if not isinstance(items, list):
            continue
        for item in items:
            if isinstance(item, dict) and item.get("actorText") and item.get("code"):
                sector = str(item.get("sector") or "")[:3].upper() or None
                out.append(GoldActor(record=str(record.get("id")), role=role,
                                     text=str(item["actorText"]),
                                     country=str(item["code"])[:3].upper(), sector=sector))
    return out


def iter_records(data_dir: Path, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
    path = data_dir / GOLD_FILE
    if not path.is_file():
        raise EvalDataError(f"{data_dir}: no {GOLD_FILE} (is this plover_gsr_dev?)")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise EvalDataError(f"{path}: not valid JSON ({err})") from err
    coded = [r for r in records if r.get("text") and gold_actors(r)]
    yield from coded[:limit]


def find_text(text: str, phrase: str) -> Span | None:
    """Where the gold actor text is ("U.S. ... negotiators": the last piece)."""
    lowered = text.lower()
    pieces = [p.strip() for p in phrase.split("...") if p.strip()]
    for piece in [phrase.strip()] + pieces[::-1]:
        at = lowered.find(" ".join(piece.split()).lower())
        if at >= 0:
            return Span(at, at + len(" ".join(piece.split())))
    return None


def best_actor(actors: tuple[Actor, ...], span: Span) -> Actor | None:
    """The actor whose mentions overlap the span most (then the shortest mention)."""
    best: tuple[int, int, Actor] | None = None
    for actor in actors:
        for mention in actor.mentions:
            overlap = min(mention.end, span.end) - max(mention.start, span.start)
            if overlap > 0 and (best is None or (overlap, mention.start - mention.end) > best[:2]):
                best = (overlap, mention.start - mention.end, actor)
    return best[2] if best else None


def actor_country(actor: Actor) -> str | None:
    if actor.country:
        return actor.country
    sector = actor.sector or ""
    code = actor.code or ""
    if sector in {"UNO", "IGO", "EUR"} or code.startswith("IGO"):
        return "IGO"
    if code.startswith("IMG"):
        return "IMG"
    return sector if sector in INTERNATIONAL else None


def actor_sector(actor: Actor) -> str | None:
    """PLOVER codes an international body itself (UN Security Council, its Secretary-General)
    as country IGO with sector GOV; our sector for such bodies is UNO/IGO/EUR."""
    if actor.sector in {"UNO", "IGO", "EUR"}:
        return "GOV"
    return actor.sector


def score_actor(gold: GoldActor, actor: Actor | None) -> ActorScore:
    if actor is None:
        return ActorScore(found=False, country=False, sector=None if gold.sector is None else False)
    country = actor_country(actor) == gold.country
    sector = None if gold.sector is None else (actor_sector(actor) or "")[:3] == gold.sector
    return ActorScore(found=True, country=country, sector=sector)


def aggregate(scores: list[ActorScore]) -> dict[str, float | int]:
    n = len(scores)
    with_sector = [s for s in scores if s.sector is not None]
    return {
        "gold_actors": n,
        "found": sum(s.found for s in scores) / n if n else 0.0,
        "country": sum(s.country for s in scores) / n if n else 0.0,
        "sector": sum(bool(s.sector) for s in with_sector) / len(with_sector) if with_sector else 0.0,
        "gold_with_sector": len(with_sector),
        "exact": sum(s.exact for s in scores) / n if n else 0.0,
        "partial": sum(s.partial for s in scores) / n if n else 0.0,
    }


def _date(record: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(record.get("date", ""))[:10])
    except ValueError:
        return None


def evaluate(data_dir: str | Path, *, limit: int | None = None,
             settings: Settings | None = None) -> dict[str, Any]:
    """Country/sector agreement of our actors with the gold source and target actors."""
    pipeline = shipped_pipeline(settings)
    scores: dict[str, list[ActorScore]] = {"source": [], "target": []}
    started = time.perf_counter()
    records = 0
    for record in iter_records(Path(data_dir), limit=limit):
        records += 1
        text = str(record["text"]).strip()
        analysis = pipeline.run(Article(id=str(record.get("id")), text=text, published=_date(record)))
        for gold in gold_actors(record):
            span = find_text(text, gold.text)
            actor = best_actor(analysis.actors, span) if span else None
            scores[gold.role].append(score_actor(gold, actor))
    result: dict[str, Any] = aggregate(scores["source"] + scores["target"])
    result.update(records=records, seconds=round(time.perf_counter() - started, 2),
                  by_role={role: aggregate(s) for role, s in scores.items()})
    return result


@click.command("actors")
@click.option("--data", "data_dir", required=True, type=click.Path(file_okay=False),
              help="The plover_gsr_dev folder (PLOVER_GSR_CAMEO.dev.json).")
@click.option("--limit", type=int, default=None, help="Score only the first N coded records.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def command(data_dir: str, limit: int | None, as_json: bool) -> None:
    """Actor coding: country and sector agreement with the PLOVER gold source/target actors."""
    try:
        result = evaluate(data_dir, limit=limit)
    except EvalDataError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    click.echo(f"records {result['records']}  gold actors {result['gold_actors']}  "
               f"({result['seconds']} s)")
    click.echo("all     found {found:.3f}  country {country:.3f}  sector {sector:.3f} "
               "(n={gold_with_sector})  exact {exact:.3f}  partial {partial:.3f}".format(**result))
    for role, part in result["by_role"].items():
        click.echo(f"{role:7} found {part['found']:.3f}  country {part['country']:.3f}  "
                   f"sector {part['sector']:.3f}  exact {part['exact']:.3f}  "
                   f"partial {part['partial']:.3f}")
