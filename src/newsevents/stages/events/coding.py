"""How modality and the clause around a trigger change its code (PLOVER's coding rules).

- a threatened event is THREATEN (1382 territory, 138 force, 1312/1313 sanctions/relations);
- an announced future act: cooperation, aid, support and meetings are AGREE (03x); a future
  retreat is CONCEDE; violence and coercion announced by their author are threats; a policy
  (SANCTION) announced is that policy;
- willingness to cooperate or yield ("is willing to withdraw") is AGREE (PLOVER: "indicate
  willingness or commitment to cooperate");
- a future act on a condition the other side must meet ("will withdraw unless …") is a threat;
- a refusal announced in the negative future ("will not resign", "would not meet") is REJECT,
  with the REJECT mode of what is refused;
- REQUEST and REJECT take their mode from the event they ask for or refuse: meet (CONSULT),
  assist (aid, cooperation, support), yield (retreat, concession).
"""
from __future__ import annotations

from ...resources.lexicon import Coding, EventLexicon
from .modality import intent_code, threatened_code

# PLOVER's REQUEST / REJECT modes by the type of the event asked for or refused.
ASKED_MODE = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
              "AGREE": "assist", "RETREAT": "yield", "CONCEDE": "yield"}
# CAMEO 12x for a refusal of each kind.
REFUSAL_CODE = {"meet": "125", "assist": "121", "yield": "124"}
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                         "RETREAT"})


def recode(lexicon: EventLexicon, coding: Coding, flags: set[str], modality: str) -> Coding:
    """The code after modality: threats, intentions, willingness and refusals."""
    if {"negated", "future"} <= flags and coding.plover_type in COOPERATIVE and not (
            flags & {"denied", "hypothetical"}):
        return refusal(lexicon, coding.plover_type)
    if "willing" in flags and coding.plover_type in COOPERATIVE - {"AGREE"}:
        return lexicon.code("035" if coding.plover_type in ("RETREAT", "CONCEDE") else "030")
    if modality == "threatened" and coding.plover_type != "THREATEN":
        code, mode = threatened_code(coding.cameo, coding.plover_type, coding.plover_mode)
        return lexicon.code(code, mode=mode)
    if modality == "future":
        return intended(lexicon, coding, announced="purpose" not in flags)
    return coding


def intended(lexicon: EventLexicon, coding: Coding, *, announced: bool) -> Coding:
    code, plover = intent_code(coding.cameo, coding.plover_type)
    if plover is None or (plover == "THREATEN" and not announced):
        return coding
    if plover == "THREATEN":
        return lexicon.code(code, mode=threatened_code(
            coding.cameo, coding.plover_type, coding.plover_mode)[1])
    new = lexicon.code(code, plover=plover)
    if plover == "CONCEDE":
        return Coding(cameo=new.cameo, plover_type=plover, plover_mode=None, quad=new.quad,
                      goldstein=new.goldstein)
    return new


def refusal(lexicon: EventLexicon, plover: str) -> Coding:
    mode = ASKED_MODE.get(plover)
    coding = lexicon.code(REFUSAL_CODE.get(mode or "", "120"))
    return Coding(cameo=coding.cameo, plover_type="REJECT", plover_mode=mode, quad=coding.quad,
                  goldstein=coding.goldstein)


def with_asked_mode(coding: Coding, asked: str | None) -> Coding:
    """REQUEST / REJECT without a mode of their own take it from what is asked or refused."""
    if coding.plover_type not in ("REQUEST", "REJECT") or coding.plover_mode or asked is None:
        return coding
    mode = ASKED_MODE.get(asked)
    return coding if mode is None else Coding(
        cameo=coding.cameo, plover_type=coding.plover_type, plover_mode=mode, quad=coding.quad,
        goldstein=coding.goldstein)
