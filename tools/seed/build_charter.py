#!/usr/bin/env python3
"""Build src/main/resources/seed/charter.jsonl from the Charter texts in ../shared/data/charter.

Python 3.11, standard library only. Reads the shared files, never copies them whole. Deterministic:
the same input gives byte-identical output. The Charter's own wording is the one text unref serves
word for word, so this script refuses to write anything it cannot check:

- the raw text (raw_un_charter_en.txt, one paragraph a line, as on un.org) is the authority for wording,
  order, chapter titles, section headings and article numbers;
- the structured JSON only contributes paragraph labels (1, 2, a, 1(a), chapeau, testimonium); every one
  of its paragraphs must equal the raw line at the same place, and its labels must agree with what the
  text itself shows (a chapeau ending in ':' followed by lower-case items, numbers 1..n, letters a..n);
- the one known error is mended: "Chapter Vll" in Article 2(7) is "Chapter VII".

Output: one line for the preamble, then one line per chapter with its articles (docs/seed-format.md).

Usage (from the repository root):
    python3 tools/seed/build_charter.py [--shared ../shared/data] [--out src/main/resources/seed/charter.jsonl]
"""
import argparse
import json
import re
import string
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FULL_TEXT = "https://www.un.org/en/about-us/un-charter/full-text"
NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
            "XVI", "XVII", "XVIII", "XIX"]
TYPO, MENDED, TYPO_ARTICLE = "Chapter Vll", "Chapter VII", 2
# Section headings inside chapters IV, V, X and XIII, written in capitals in the raw text.
SECTIONS = {"COMPOSITION": "Composition", "FUNCTIONS AND POWERS": "Functions and Powers",
            "VOTING": "Voting", "PROCEDURE": "Procedure"}
NOTES = {
    2: ["The raw text scraped from un.org reads \"Chapter Vll\" (two lower-case L) in paragraph 7; "
        "unref serves \"Chapter VII\", the Charter's wording."],
    96: ["The Charter text carries no paragraph numbers here; unref numbers the two paragraphs 1 and 2, "
         "as the International Court of Justice cites them (\"Article 96, paragraph 1\")."],
    111: ["The closing formula (\"In Faith Whereof ... DONE at the city of San Francisco ...\") follows "
          "Article 111 in the Charter; unref serves it as the article's closing, outside its paragraphs."],
}


def fail(message):
    sys.exit("build_charter: " + message)


def un_charter_source(title, url):
    return {"type": "un-charter", "title": title, "url": url}


def full_text_source():
    return un_charter_source("Charter of the United Nations (un.org)", FULL_TEXT)


def chapter_source(ordinal, numeral):
    return un_charter_source(f"Charter of the United Nations, Chapter {numeral} (un.org)",
                             f"https://www.un.org/en/about-us/un-charter/chapter-{ordinal}")


def read_raw(path):
    """The raw text as preamble lines and chapters > articles > lines, with section headings."""
    preamble, chapters = [], []
    chapter = article = section = None
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line != line.strip() or "  " in line or "\r" in line:
            fail(f"raw line {number} has stray white space")
        if not line:
            continue
        heading = re.fullmatch(r"Chapter ([IVXL]+): (.+)", line)
        if heading:
            chapter = {"numeral": heading.group(1), "title": heading.group(2), "articles": []}
            chapters.append(chapter)
            article = section = None
        elif chapter is None:
            preamble.append(line)
        elif line in SECTIONS:
            section = SECTIONS[line]
            article = None
        elif re.fullmatch(r"Article \d+", line):
            article = {"number": int(line.split()[1]), "section": section, "lines": []}
            chapter["articles"].append(article)
        elif article is None:
            fail(f"raw line {number} is text outside any article: {line[:60]!r}")
        else:
            article["lines"].append(line)
    return preamble, chapters


def check_raw_structure(preamble, chapters):
    if [c["numeral"] for c in chapters] != NUMERALS:
        fail("chapters are not I..XIX in order: " + str([c["numeral"] for c in chapters]))
    numbers = [a["number"] for c in chapters for a in c["articles"]]
    if numbers != list(range(1, 112)):
        fail("articles are not 1..111 in order")
    if not preamble or not preamble[0].startswith("WE THE PEOPLES OF THE UNITED NATIONS"):
        fail("the preamble does not open with WE THE PEOPLES")
    if any(not a["lines"] for c in chapters for a in c["articles"]):
        fail("an article has no text")


def labelled(raw_article, structured_article):
    """Pairs each raw line with the structured JSON's label, after checking the texts are equal."""
    number = raw_article["number"]
    texts = [p["text"] for p in structured_article["paragraphs"]]
    if texts != raw_article["lines"]:
        fail(f"Article {number}: structured paragraphs differ from the raw lines")
    return [(p["label"], p["text"]) for p in structured_article["paragraphs"]]


def build_article(raw_article, pairs):
    """Turns labelled lines into the seed shape, checking the labels against the text itself."""
    number = raw_article["number"]
    article = {"number": number, "section": raw_article["section"], "introduction": None, "text": None,
               "paragraphs": [], "items": [], "closing": None, "notes": NOTES.get(number, [])}

    def bad(why):
        fail(f"Article {number}: {why}; labels {[label for label, _ in pairs]}")

    if len(pairs) == 1 or (number == 111 and [label for label, _ in pairs] == [None, "testimonium"]):
        label, text = pairs[0]
        if label is not None:
            bad("a single paragraph is labelled")
        article["text"] = text
        if number == 111:
            article["closing"] = pairs[1][1]
        elif len(pairs) != 1:
            bad("unexpected closing")
        return article
    for index, (label, text) in enumerate(pairs):
        previous = pairs[index - 1] if index else None
        if label == "chapeau":
            if index != 0:
                bad("a chapeau not first")
            article["introduction"] = text
        elif label.isdigit():
            if int(label) != len(article["paragraphs"]) + 1:
                bad("paragraph numbers not 1..n")
            if not text[0].isupper():
                bad(f"paragraph {label} does not open with a capital")
            article["paragraphs"].append({"number": int(label), "text": text, "items": []})
        elif re.fullmatch(r"\d+\([a-z]\)", label):
            paragraph = article["paragraphs"][-1] if article["paragraphs"] else bad("an item before any paragraph")
            letter = label[-2]
            if label != f"{paragraph['number']}({string.ascii_lowercase[len(paragraph['items'])]})":
                bad("items of a paragraph not a..n")
            if not paragraph["text"].endswith(":") or not text[0].islower():
                bad(f"item {label} is not a lower-case item after a paragraph ending in ':'")
            paragraph["items"].append({"letter": letter, "text": text})
        elif re.fullmatch(r"[a-z]", label):
            if article["paragraphs"] or label != string.ascii_lowercase[len(article["items"])]:
                bad("direct items not a..n, or mixed with paragraphs")
            if not (article["introduction"] or "").endswith(":") or not text[0].islower():
                bad(f"item {label} is not a lower-case item after a chapeau ending in ':'")
            article["items"].append({"letter": label, "text": text})
        else:
            bad(f"unknown label {label!r} after {previous}")
    # A line ending in ':' must be followed by items, and items only follow such a line.
    for paragraph in article["paragraphs"]:
        if paragraph["text"].endswith(":") != bool(paragraph["items"]):
            bad(f"paragraph {paragraph['number']} ending in ':' and having items disagree")
    if article["introduction"] is not None and not article["paragraphs"] and not article["items"]:
        bad("a chapeau with nothing after it")
    return article


def mend(chapters):
    found = [(c, a) for c in chapters for a in c["articles"] if any(TYPO in line for line in a["lines"])]
    if [a["number"] for _, a in found] != [TYPO_ARTICLE] or sum(line.count(TYPO) for line in found[0][1]["lines"]) != 1:
        fail("the known typo 'Chapter Vll' is not where expected (once, in Article 2)")


def apply_mend(article):
    for paragraph in article["paragraphs"]:
        paragraph["text"] = paragraph["text"].replace(TYPO, MENDED)


def build(shared):
    charter_dir = shared / "charter"
    preamble, raw_chapters = read_raw(charter_dir / "raw_un_charter_en.txt")
    check_raw_structure(preamble, raw_chapters)
    mend(raw_chapters)
    structured = json.loads((charter_dir / "un_charter_en_structured.json").read_text(encoding="utf-8"))
    if structured["preamble"] != preamble:
        fail("structured preamble differs from the raw text")
    if len(structured["chapters"]) != len(raw_chapters):
        fail("structured JSON does not have 19 chapters")
    lines = [{"part": "preamble", "numeral": None, "title": None, "paragraphs": preamble, "articles": None,
              "sources": [full_text_source()]}]
    for ordinal, (raw, given) in enumerate(zip(raw_chapters, structured["chapters"]), 1):
        if (given["chapter"], given["title"]) != (raw["numeral"], raw["title"]):
            fail(f"chapter {raw['numeral']}: structured heading differs from the raw text")
        if [a["article"] for a in given["articles"]] != [a["number"] for a in raw["articles"]]:
            fail(f"chapter {raw['numeral']}: structured articles differ from the raw text")
        articles = []
        for raw_article, given_article in zip(raw["articles"], given["articles"]):
            if (given_article["section"] or "").lower() != (raw_article["section"] or "").lower():
                fail(f"Article {raw_article['number']}: structured section differs from the raw heading")
            article = build_article(raw_article, labelled(raw_article, given_article))
            if article["number"] == TYPO_ARTICLE:
                apply_mend(article)
            articles.append(article)
        lines.append({"part": "chapter", "numeral": raw["numeral"], "title": raw["title"], "paragraphs": None,
                      "articles": articles, "sources": [full_text_source(), chapter_source(ordinal, raw["numeral"])]})
    served = "\n".join(texts(lines))
    if TYPO in served or MENDED not in served:
        fail("the typo survived the mend")
    return lines


def texts(lines):
    """Every served text of the Charter, in order: what must equal the raw lines (modulo the mend)."""
    yield from lines[0]["paragraphs"]
    for line in lines[1:]:
        for a in line["articles"]:
            for text in (a["introduction"], a["text"]):
                if text is not None:
                    yield text
            for p in a["paragraphs"]:
                yield p["text"]
                yield from (i["text"] for i in p["items"])
            yield from (i["text"] for i in a["items"])
            if a["closing"] is not None:
                yield a["closing"]


def summary(lines):
    articles = [a for line in lines[1:] for a in line["articles"]]
    paragraphs = sum(len(a["paragraphs"]) for a in articles)
    paragraph_items = sum(len(p["items"]) for a in articles for p in a["paragraphs"])
    direct_items = sum(len(a["items"]) for a in articles)
    single = sum(1 for a in articles if a["text"] is not None)
    intros = sum(1 for a in articles if a["introduction"] is not None)
    return (f"preamble {len(lines[0]['paragraphs'])} lines, {len(lines) - 1} chapters, {len(articles)} articles "
            f"({single} of one unnumbered paragraph, {intros} with an introduction), {paragraphs} numbered paragraphs, "
            f"{paragraph_items} items under paragraphs, {direct_items} items directly under articles")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "src/main/resources/seed/charter.jsonl")
    args = parser.parse_args()
    lines = build(args.shared)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}: {summary(lines)}")


if __name__ == "__main__":
    main()
