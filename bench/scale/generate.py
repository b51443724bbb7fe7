"""Synthetic statements and citations for the scale test (bench/scale/run), never for the seed or a real database.

Called by bench/scale/generate: writes statements.tsv and citations.tsv (COPY text format) for the statements
numbered FIRST..LAST, ids BASE+number. Titles and texts say they are synthetic; what they cite is real: the
Security Council resolutions and Charter articles listed in the two input files (read from the database being
filled), each drawn with a Zipf-like popularity (rank r with probability about 1/r; s-res-2254-2015 and Article
27 rank first), so a few records are cited very often, as in life. Each citation row is what CitationStore
stores for such a text: kind, reference id, status FOUND, target type and id, Java offsets into the text (the
texts are ASCII, so characters and UTF-16 units agree) and the snippet cut as Snippets.around cuts it.
"""
import datetime
import math
import random
import sys

first, last, base = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
resolutions_file, articles_file, out = sys.argv[4], sys.argv[5], sys.argv[6]

def read(path):
    with open(path, encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("|", 1)) for line in f if line.strip()]

resolutions, articles = read(resolutions_file), read(articles_file)
# Filler words, Zipf-like too, so a frequent word and a rare one can both be searched for.
WORDS = ("council members security peace international humanitarian situation support political process ceasefire "
         "civilians dialogue sanctions mandate regional cooperation assistance sovereignty negotiations protection "
         "violence refugees elections mission stability accountability reconciliation monitoring implementation "
         "transition governance disarmament peacekeeping veto borders investigation detention famine landmines "
         "ombudsperson demobilization reparations cholera piracy desertification statelessness mercenaries "
         "cyberattacks glaciers").split()
LEADS = (" The delegation recalled ", " Members referred to ", " The speaker invoked ", " The letter cites ",
         " The report returns to ")
KINDS = ("press-release", "speech", "letter", "report")
FIRST_DAY = datetime.date(1990, 1, 1).toordinal()
DAYS = datetime.date(2027, 1, 1).toordinal() - FIRST_DAY
CONTEXT = 80
NOW = datetime.datetime.now(datetime.timezone.utc).isoformat()

rng = random.Random(first)  # the same numbers give the same statements
def zipf(n):
    return min(n, int(math.exp(rng.random() * math.log(n + 1)))) - 1

def snippet(text, start, end):
    """Snippets.around, line for line."""
    frm, to = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    if frm > 0:
        space = text.find(" ", frm)
        frm = space + 1 if 0 <= space < start else frm
    if to < len(text):
        space = text.rfind(" ", 0, to + 1)
        to = space if space >= end else to
    s = " ".join(text[frm:to].split())
    s = ("…" if frm > 0 else "") + s + ("…" if to < len(text) else "")
    return s[:999] + "…" if len(s) > 1000 else s

with open(f"{out}/statements.tsv", "w", encoding="utf-8") as st, open(f"{out}/citations.tsv", "w", encoding="utf-8") as ct:
    for n in range(first, last + 1):
        sid = base + n
        day = datetime.date.fromordinal(FIRST_DAY + rng.randrange(DAYS)).isoformat()
        title = f"Synthetic statement {n}: " + " ".join(WORDS[zipf(len(WORDS))] for _ in range(3))
        text = (f"Synthetic statement {n}, generated for the unref scale test; not a real statement. "
                + " ".join(WORDS[zipf(len(WORDS))] for _ in range(12)) + ".")
        cites = []
        for k in range(5):
            if rng.random() < 0.8:
                target_id, phrase = resolutions[zipf(len(resolutions))]
                target_type, kind = "RESOLUTION", "RESOLUTION"
            else:
                target_id, phrase = articles[zipf(len(articles))]
                target_type, kind = "CHARTER", "CHARTER_PROVISION"
            text += LEADS[k]
            cites.append((len(text), phrase, target_type, target_id, kind))
            text += phrase + "."
        # search_text is the text lower-cased, as the service writes it (Where.fold); the words here are ASCII.
        st.write(f"{sid}\t{title}\tunref scale test (synthetic)\t\\N\t{day}\t{KINDS[n % 4]}\ten\t\\N\t{text}\t{text.lower()}\t{NOW}\t{NOW}\n")
        for start, phrase, target_type, target_id, kind in cites:
            end = start + len(phrase)
            ct.write(f"STATEMENT\t{sid}\t\\N\t{day}\t{start}\t{end}\t{phrase}\t{snippet(text, start, end)}\t{kind}\t"
                     f"{target_id}\t\\N\tFOUND\t{target_type}\t{target_id}\t{NOW}\n")
