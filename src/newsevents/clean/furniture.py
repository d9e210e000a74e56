"""General rules for page furniture in scraped plain text: lines to drop and where an article ends.

The rules describe kinds of furniture (comment forms, log-in widgets, share and subscribe prompts,
archive notices, copyright footers, advertisements, "click here", related links, photo credits,
cookie notices, navigation, bylines), not any outlet's sentences. Each pattern is matched against
one paragraph (a line of the input) and only when the paragraph is short enough to be furniture,
so a long body paragraph that happens to mention "cookies" or "subscribe" is never dropped.
"""
from __future__ import annotations

import re

I = re.IGNORECASE
COPYRIGHT = r"^(tm\s*&\s*)?(©|\(c\)|copyright\s*(©|\(c\)|\d{4}))"
BYLINE_WORDS = frozenset(
    "and of the for in at with staff writer writers correspondent correspondents reporter "
    "reporters editor editors contributor contributors".split())

# -- one line is furniture: (pattern, maximum paragraph length for the rule to apply) --------
SHARE_WORDS = (
    r"share|tweet|email|e-mail|print|facebook|twitter|x|pinterest|whatsapp|linkedin|reddit|"
    r"telegram|messenger|flipboard|copy link|copy|link|comments?|save|gift( this)? article|"
    r"google\+?|tumblr|sms|mail|more"
)
LINE_RULES: tuple[tuple[re.Pattern[str], int], ...] = (
    # comment forms and log-in widgets
    (re.compile(r"^(leave|post|add|write|submit|view|show|hide|load|read)"
                r"( a| your| all| \d+| more)?"
                r" (reply|comments?|responses?)\b", I), 120),
    (re.compile(r"^(\d+|no) (comments?|responses?|replies)\b", I), 60),
    (re.compile(r"^(comments?|responses?|discussion|join the (conversation|discussion))\b"
                r"[\s:()\d]*$", I), 60),
    (re.compile(r"\byou are commenting using\b|\bfill in your details below\b|"
                r"\bclick an icon to log in\b|\bnotify me of (new|follow-up) (comments|posts)\b|"
                r"\byour email address will not be published\b|\brequired fields are marked\b|"
                r"\bcancel reply\b|^connecting to %s$|\bto post a comment\b|"
                r"\bcommenting (is|has been) (closed|disabled)\b|\bcomments are closed\b", I), 200),
    (re.compile(r"^(log ?in|log ?out|sign ?in|sign ?out|sign up|register|create (an |a free )?"
                r"account|my account|change|cancel|name\s*\*?|e-?mail\s*\*?|website|"
                r"logo|google\+? photo|twitter picture|facebook photo|wordpress\.com logo)"
                r"[\s/()*:.]*$", I), 40),
    (re.compile(r"^(already (a subscriber|have an account)|not a subscriber|"
                r"(please )?(log|sign) in to\b)", I), 160),
    # share prompts: a line made only of share words and separators
    (re.compile(rf"^((share|follow us)( this| the| on| via| with)*( (article|story|post|page))?"
                rf"[\s:|/,•·-]*)?(({SHARE_WORDS})[\s:|/,•·()-]*)+$", I), 120),
    (re.compile(r"^(share|like) this( (article|story|post|page|on \w+))?\s*[:!.?]?$|"
                r"^like loading\b|"
                r"^(click|tap) to share\b|^opens in a new window$", I), 120),
    (re.compile(r"^follow (us|@\w+|\w+ on (twitter|facebook|instagram|x))\b", I), 120),
    # subscribe and newsletter prompts
    (re.compile(r"^(sign up|subscribe|register)\b.{0,80}\b(newsletters?|briefing|alerts?|"
                r"updates|digest|inbox|e-?mail)\b|\b(sign up|subscribe) (now|today|here|for free|"
                r"for (our|the) [\w' ]{0,30}(newsletters?|briefing|alerts?))\b|"
                r"^subscribe( now| today| here)?\b|\benter your e-?mail( address)?\b|"
                r"\bget (our|the) [\w ]{0,30}newsletter\b|\bdelivered (straight |right )?to "
                r"your inbox\b", I), 200),
    (re.compile(r"\bnewsletters?\b.{0,40}\b(sign up|subscribe)\b", I), 120),
    # archived-article notices
    (re.compile(r"\b(this|the following) is an archived (article|story|page)\b|"
                r"\binformation in (the|this) (article|story) may be (outdated|out of date)\b|"
                r"\bthis (article|story) (is more than|was published) (\d+|one|two|three|a) "
                r"(years?|months?) (old|ago)\b", I), 300),
    # copyright and trademark footers
    (re.compile(rf"{COPYRIGHT}|\ball rights reserved\b|^(®|™)|\bmay not be (published|"
                r"reproduced),? (broadcast|rewritten|redistributed)\b", I), 300),
    # advertisements
    (re.compile(r"^(advertisement|advertising|ad|ads|sponsored( content| links?| stories)?|"
                r"paid (content|post)|promoted( content| stories)?|ad feedback|"
                r"(story|article) continues (below|after)( (the )?(advertisement|ad))?|"
                r"scroll (down )?to continue( reading)?|continue reading( below| the main story)?"
                r"|skip (the )?ad(vertisement)?)[\s.:\-]*$", I), 80),
    # click here / read more / related links
    (re.compile(r"^(click|tap|press) here\b|\b(click|tap) here (to|for)\b", I), 200),
    (re.compile(r"^(read|see|watch|listen)( the)? (more|also|next|full story|full article|"
                r"more at|more about|more on)\b|^(more (stories|news|articles|videos|coverage|"
                r"from|on|about|in)|more(?=\s*:)|more$|related|also read|also see|"
                r"recommended|related coverage|related content|related articles?|related stories|"
                r"related links?|related topics?|more (on|from|about) (this|\w+)|must read|"
                r"don'?t miss|editor'?s picks?|top stories|trending( now)?|most (read|popular|"
                r"viewed|shared)|you (may|might) (also )?like|around the web|in case you missed "
                r"it|what to read next)\b[^.!?]*$", I), 160),
    # photo, image and video credits and captions
    (re.compile(r"^(photo|photograph|picture|image|video|graphic|illustration|file photo)s?"
                r"( credit| caption| copyright)?\s*[:|]|^(image|photo) (caption|copyright|"
                r"source)\b|^(credit|caption|source|photo by|photo courtesy of)\s*[:|]|"
                r"^\(?(photo|image|picture)s? (by|courtesy|credit|:)\b|"
                r"\b(getty images|ap photo|afp photo|reuters/|/reuters|afp via getty|shutterstock"
                r"|epa-efe)\b[^.!?]{0,40}\)?$|^(hide|show|expand|enlarge) (caption|image|photo)"
                r"|^\d+ of \d+$|^(play|watch) (video|now)\b|^video\s*[:|]?\s*$|"
                r"^\d{1,2}:\d{2}$", I), 200),
    # cookie notices and consent banners
    (re.compile(r"\b(we|this (site|website)|our (site|website)|we and our partners) "
                r"(use|uses) cookies\b|\bcookie (policy|settings|preferences|consent)\b|"
                r"^(accept|reject|allow|manage)( all)?( cookies)?$|\bby (continuing to (use|browse)"
                r"|using) (this|our) (site|website)\b|\bprivacy (policy|preferences)\b.{0,40}"
                r"\b(terms|cookies?)\b", I), 300),
    # navigation, site chrome and widgets
    (re.compile(r"^(skip to (main )?(content|navigation)|menu|home|search|close|back to top|"
                r"toggle navigation|main menu|navigation|sections|all sections|go|next|previous|"
                r"prev|loading(\.\.\.|…)?|advertise with us|about us|contact us|terms of "
                r"(use|service)|privacy policy|site map|sitemap|jobs|careers|help|feedback|"
                r"print this (page|article)|text size|font size|a\+?|a-|listen( to this "
                r"(article|story))?|\d+ min(ute)?s? read|view gallery|open gallery|"
                r"expand|collapse|top|edition|us|uk|international)[\s.:…]*$", I), 60),
    (re.compile(r"^[^.!?|•·»›>]{1,40}([|•·»›>][^.!?|•·»›>]{1,40}){2,}$"), 200),
    # bylines and contact lines
    (re.compile(r"^(contact|email|e-mail) (the )?(author|reporter|writer|us)\b|"
                r"^(reporting|additional reporting|writing|editing) by\b", I), 200),
)

# -- an article ends here: the rest is comments or footer ------------------------------------
CUT_RULES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^(leave|post|add|write) a (reply|comment|response)\b|^(\d+ )?comments?\s*"
                r"(\(\d+\))?:?$|^join the (conversation|discussion)\b|^(show|view|load|read) "
                r"(all )?(\d+ )?comments\b|^what do you think\?$", I), 80),
    (re.compile(rf"{COPYRIGHT}|\ball rights reserved\b", I), 300),
)

# -- a heading that opens a list of links to other stories ------------------------------------
LIST_HEADINGS = re.compile(
    r"^(related|more(?=\s*:)|more$|also (read|see)|recommended|read more|see also|"
    r"more (stories|news|from|on|in|about)|"
    r"you (may|might) (also )?like|most (read|popular|viewed|shared)|trending|top stories|"
    r"latest( news| stories)?|editor'?s picks?|around the web|further reading|"
    r"what to read next|in other news)\b[^.!?]{0,60}$", I)

LEAD_IN_WORDS = 8
TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$|[.!?]\s*["'”’]$""")


def is_furniture(line: str) -> bool:
    return _matches(LINE_RULES, line) or is_byline(line)


def is_byline(line: str) -> bool:
    """"By Jane Roe and John Poe, CNN": names (capitalised words) and a few linking words."""
    words = line.replace(",", " ").split()
    if len(line) > 100 or len(words) < 2 or words[0].lower() != "by" or line[-1] in ".!?":
        return False
    return all(w[0].isupper() or w.lower() in BYLINE_WORDS or w in "&|-—"
               for w in words[1:])


def is_cut(line: str) -> bool:
    return _matches(CUT_RULES, line)


def opens_link_list(line: str) -> bool:
    return len(line) <= 80 and LIST_HEADINGS.search(line) is not None


def is_sentence(line: str) -> bool:
    """Ends like a sentence (terminal punctuation, maybe inside closing quotes)."""
    return TERMINAL.search(line) is not None


def is_lead_in(line: str) -> bool:
    """A sentence that introduces a list or a quotation: prose of some length that ends in a
    colon ("The board approved three changes on Tuesday:"); most of its words are in lower
    case, unlike a heading or a label ("Share this article:")."""
    words = line.split()
    if len(words) < LEAD_IN_WORDS or not line.endswith(":"):
        return False
    return sum(word[:1].islower() for word in words) >= len(words) / 2


def is_story_sentence(line: str) -> bool:
    """Ends like a sentence of the story: with terminal punctuation or as a lead-in."""
    return is_sentence(line) or is_lead_in(line)


def is_link_item(line: str) -> bool:
    """A short line that reads as a headline or link text, not a sentence of the story."""
    return len(line) <= 160 and len(line.split()) <= 24 and not is_sentence(line)


def _matches(rules: tuple[tuple[re.Pattern[str], int], ...], line: str) -> bool:
    return any(len(line) <= limit and pattern.search(line) for pattern, limit in rules)
