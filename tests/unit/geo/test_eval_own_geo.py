"""Our own annotated stories (eval/own-geo, in the repository) scored by `newsevents eval geo`
with the shipped pipeline: end-to-end accuracy and recognition must not fall below the figures
of the landing that added them."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evals.geo import evaluate

pytestmark = pytest.mark.model

OWN = Path(__file__).resolve().parents[3] / "eval" / "own-geo"
# (end to end acc@161 km, recognition F1), whole sets, measured with places.gazetteer.v20
FLOORS = {"us": (0.82, 0.94), "int": (0.77, 0.90)}


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_own_stories_keep_their_floor(kind: str) -> None:
    result = evaluate(OWN / kind, half="all")
    e2e, f1 = FLOORS[kind]
    assert result["gold_toponyms"] > 300
    assert result["geocoding_end_to_end"]["acc161"] >= e2e
    assert result["recognition_overlap"]["f1"] >= f1
