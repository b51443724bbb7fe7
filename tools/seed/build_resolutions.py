#!/usr/bin/env python3
"""Build src/main/resources/seed/resolutions.jsonl from the reference data in ../shared/data.

Python 3.11, standard library only. Reads the shared files, never copies them. Deterministic:
the same input gives byte-identical output. See tools/seed/README.md for the corrections applied.

Usage (from the repository root):
    python3 tools/seed/build_resolutions.py [--shared ../shared/data] [--out src/main/resources/seed/resolutions.jsonl]
"""
import argparse
import csv
import datetime
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AKN_NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
SC_LAST = 2721

# --------------------------------------------------------------------------------------------
# Member-state names (as the AKN voter lists and our other sources write them) -> ISO 3166-1 alpha-2.
# Dissolved states keep ISO 3166-3 style codes: USSR SU, Yugoslavia YU, Czechoslovakia CS.
COUNTRY = {
    "ALBANIA": "AL", "ANGOLA": "AO", "ARGENTINA": "AR", "AUSTRALIA": "AU", "BELGIUM": "BE",
    "BRAZIL": "BR", "BYELORUSSIAN SSR": "BY", "CHINA": "CN", "CUBA": "CU", "CZECHOSLOVAKIA": "CS",
    "DOMINICAN REPUBLIC": "DO", "ECUADOR": "EC", "EGYPT": "EG", "ESTONIA": "EE", "FRANCE": "FR",
    "GABON": "GA", "GERMANY": "DE", "GHANA": "GH", "INDIA": "IN", "INDONESIA": "ID", "IRELAND": "IE",
    "JAPAN": "JP", "KENYA": "KE", "MALTA": "MT", "MEXICO": "MX", "MOZAMBIQUE": "MZ", "NIGER": "NE",
    "NORWAY": "NO", "POLAND": "PL", "RUSSIAN FEDERATION": "RU",
    "SAINT VINCENT AND THE GRENADINES": "VC", "SOUTH AFRICA": "ZA", "SWITZERLAND": "CH",
    "TUNISIA": "TN", "UKRAINIAN SSR": "UA", "UNITED ARAB EMIRATES": "AE", "UNITED KINGDOM": "GB",
    "UNITED STATES": "US", "USSR": "SU", "VENEZUELA": "VE", "VIET NAM": "VN", "YEMEN": "YE",
    "YUGOSLAVIA": "YU",
}


def iso(name):
    key = " ".join(name.split()).upper()
    if key not in COUNTRY:
        sys.exit(f"ERROR: unmapped member-state name {name!r}; add it to COUNTRY")
    return COUNTRY[key]


def isos(names):
    return [iso(n) for n in names]


# --------------------------------------------------------------------------------------------
# helpers

def ods(symbol):
    return {"type": "ods", "symbol": symbol, "url": "https://undocs.org/" + symbol.replace(" ", "")}


def dhl_source(year):
    return {"type": "dhl-meetings",
            "title": f"Security Council meetings {year} (Dag Hammarskjöld Library)",
            "url": f"https://research.un.org/en/docs/sc/quick/meetings/{year}"}


def secondary(url, note=None):
    if "press.un.org" in url:
        s = {"type": "press-release", "url": url}
    else:
        s = {"type": "secondary", "url": url}
    if note:
        s["note"] = note
    return s


def sc_symbol(n, year):
    return f"S/RES/{n} ({year})"


def vote_obj(method, yes=None, no=None, abstain=None, non_voting=None, raw=None,
             in_favour=(), against=(), abstaining=(), not_participating=()):
    return {"method": method, "yes": yes, "no": no, "abstain": abstain, "nonVoting": non_voting,
            "raw": raw, "inFavour": list(in_favour), "against": list(against),
            "abstaining": list(abstaining), "notParticipating": list(not_participating)}


def vote_from_raw(raw):
    """Vote object from a DHL/facts tally cell; None when the cell says nothing usable."""
    r = " ".join((raw or "").split())
    m = re.match(r"^(\d+)-(\d+)-(\d+)$", r)
    if m:
        return vote_obj("recorded", int(m[1]), int(m[2]), int(m[3]), None, r)
    low = r.lower()
    if low.startswith("adopted unanimously") or low == "unanimous":
        return vote_obj("unanimous", raw=r)
    if low.startswith("without vote") or low.startswith("without a vote"):
        return vote_obj("without-vote", raw=r)
    if low == "adopted by consensus":
        return vote_obj("consensus", raw=r)
    return None


MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}


def parse_day_month(text, year):
    """'17 September' / '2 Sep.' + year -> ISO date; None for ranges or anything unclear."""
    m = re.match(r"^\s*(\d{1,2})\s+([A-Za-z]+)\.?\s*$", text or "")
    if not m:
        return None
    cands = [v for k, v in MONTHS.items() if k.startswith(m[2].lower())]
    if len(cands) != 1:
        return None
    return datetime.date(year, cands[0], int(m[1])).isoformat()


def record(symbol, body, number, year):
    return {"symbol": symbol, "body": body, "number": number, "year": year,
            "adoptionDate": None, "meetingRecord": None, "title": None, "topic": None,
            "vote": None, "draftSymbol": None, "pressRelease": None, "subjects": [],
            "chapterVII": False, "charterArticles": [], "sources": [], "notes": [], "aknIri": None}


# --------------------------------------------------------------------------------------------
# DHL meetings table (used to check and complete the resolutions table)

def load_meetings(shared):
    rows = list(csv.DictReader(open(shared / "dhl/dhl_sc_meetings_with_outcomes_1946-2022.csv",
                                    encoding="utf-8", newline="")))
    by_symbol = {}
    for r in rows:
        for s in re.findall(r"S/RES/\d+ \(\d{4}\)", r["outcome_raw"] + " " + r["topic"]):
            by_symbol.setdefault(s, []).append(r)
    by_meeting = {r["meeting_record"]: r for r in rows if r["meeting_record"].startswith("S/PV.")}
    return rows, by_symbol, by_meeting


# --------------------------------------------------------------------------------------------
# Security Council, DHL base (1-2640)

# Known errors of the DHL tables, fixed by evidence (see README).
DUPLICATE_FIX = {
    # (number as listed, meeting record) -> real number, note
    ("663", "S/PV.2939"): (666, "The DHL meetings tables list this resolution as 663 (a second 663); its meeting "
                                "(2939th, 13 September 1990) falls between 665 (25 August) and 667 (16 September), "
                                "while the other 663 row is the admission of a new Member on 14 August 1990. "
                                "Renumbered 666; the secondary facts table gives the same date, meeting and 13-2-0."),
    ("701", "S/PV.2990"): (695, "The DHL meetings tables list this resolution as 701 (a second 701); its meeting "
                                "(2990th, 30 May 1991) falls between 694 (24 May) and 696 (30 May, 2991st meeting), "
                                "while the other 701 row (2997th meeting, 31 July 1991) follows 700 (17 June). "
                                "Renumbered 695."),
}
YEAR_FIX = {
    207: (1965, "The DHL table writes the symbol as 207 (1964); the resolution was adopted on 10 August 1965 "
                "(1236th meeting, 1965 table), so the symbol year is 1965."),
    770: (1992, "The DHL table writes the symbol as 770 (1991); it was adopted on 13 August 1992 (3106th meeting, "
                "1992 table), so the symbol year is 1992."),
    771: (1992, "The DHL table writes the symbol as 771 (1991); it was adopted with 770 at the same 3106th meeting "
                "on 13 August 1992 (1992 table), so the symbol year is 1992."),
}
DATE_FIX = {
    462: ("1980-01-09", "The DHL tables give 7 January 1980, the day the 2190th meeting began; the text of the "
                        "resolution says it was adopted at the resumed 2190th meeting, which the team's list of "
                        "known source errors (shared data README) dates 9 January 1980."),
}
TOPIC_FIX = {
    303: ("Situation in the India/Pakistan Subcontinent",
          "The DHL tables give 'Admission of new Members' as the agenda item of the 1608th meeting; the resolution "
          "refers the question on the agenda of the 1606th meeting (S/Agenda/1606) to the General Assembly under "
          "377 A (V), and the DHL meetings table names that item 'Situation in the India/Pakistan Subcontinent' at "
          "the 1606th and 1607th meetings."),
}
VOTE_FIX = {
    2082: (vote_obj("recorded", 15, 0, 0, None, "15-0-0"),
           "The DHL resolutions table has no tally for this resolution (its cell reads 'and'); the meetings table "
           "cell reads 'S/RES/2082 (2012) and S/RES/2083 (2012) | 15-0-0', i.e. one tally for the two "
           "resolutions adopted at the 6890th meeting; recorded as 15-0-0 on that reading."),
}


def build_dhl(shared, meetings_by_symbol, undl):
    rows = list(csv.DictReader(open(shared / "dhl/dhl_sc_resolutions_from_meeting_tables_1946-2022.csv",
                                    encoding="utf-8", newline="")))
    out = {}
    report = {"symbolYearMismatch": [], "exactDuplicates": []}
    for r in rows:
        n_listed = r["resolution"]
        n = int(n_listed)
        notes = []
        key = (n_listed, r["meeting_record"])
        if key in DUPLICATE_FIX:
            n, note = DUPLICATE_FIX[key]
            notes.append(note)
        table_year = int(re.search(r"\d{4}", r["source_file"])[0])
        m = re.match(r"^S/RES/(\d+) \((\d{4})\)$", r["symbol"])
        if not m or int(m[1]) != int(n_listed):
            sys.exit(f"ERROR: unexpected DHL symbol {r['symbol']!r}")
        year = int(m[2])
        if n in YEAR_FIX:
            year, note = YEAR_FIX[n]
            notes.append(note)
        date = r["date"] or None
        meeting = r["meeting_record"]
        topic = r["topic"]
        press = r["press_release"]
        vote = vote_from_raw(r["vote_raw"])
        # Rows whose cells are shifted by one column in the DHL source (1999 table): the meeting column
        # holds the day and month, the topic column the outcome, the press-release column the topic.
        if meeting and not meeting.startswith("S/PV.") and meeting != "--":
            mrows = meetings_by_symbol.get(r["symbol"], [])
            date = parse_day_month(meeting, table_year)
            press = mrows[0]["date_raw"] if mrows and re.match(r"^SC/\d+", mrows[0]["date_raw"]) else None
            topic = r["press_release"]
            meeting = None
            notes.append("The DHL table row for this resolution is shifted by one column; date, agenda item and "
                         "press release read from the shifted cells; the meeting number is not given.")
        if not date:
            mrows = meetings_by_symbol.get(r["symbol"], [])
            raw_day = mrows[0]["date_raw"] if mrows else ""
            date = parse_day_month(raw_day, table_year)
            if date:
                notes.append(f"The DHL resolutions table has no date; the meetings table gives '{raw_day}' "
                             f"({table_year}).")
            elif raw_day:
                notes.append(f"The DHL tables give the meeting date as '{raw_day}' {table_year} (a meeting over "
                             "more than one day); the day of adoption is not determined, left null.")
            else:
                notes.append("The DHL tables give neither date nor meeting for this resolution; left null.")
        if meeting == "--" or not meeting:
            meeting = None
        else:
            meeting = re.sub(r"\s*\(closed\)$", "", meeting)
            if meeting != r["meeting_record"]:
                notes.append("Adopted at a closed (private) meeting.")
        if date and int(date[:4]) != year and n not in YEAR_FIX:
            report["symbolYearMismatch"].append((n, r["symbol"], date, r["source_file"]))
        if n in DATE_FIX:
            date, note = DATE_FIX[n]
            notes.append(note)
        if n in TOPIC_FIX:
            topic, note = TOPIC_FIX[n]
            notes.append(note)
        if n in VOTE_FIX:
            vote, note = VOTE_FIX[n]
            notes.append(note)
        elif vote is None:
            notes.append("The DHL tables give no tally or voting method for this resolution; vote left null.")
        elif vote["method"] == "consensus":
            notes.append("The DHL table says 'adopted by consensus'; recorded as such.")
        if press and press.lower() in ("none issued",):
            press = None
        if n in out:
            prev = out[n]
            if prev["adoptionDate"] == date and prev["meetingRecord"] == meeting:
                report["exactDuplicates"].append(n)
                if not any("listed twice" in x for x in prev["notes"]):
                    prev["notes"].append("The DHL resolutions table lists this resolution twice with identical "
                                         "cells; kept once.")
                continue
            sys.exit(f"ERROR: unresolved DHL duplicate {n}")
        symbol = sc_symbol(n, year)
        rec = record(symbol, "SC", str(n), year)
        rec.update({"adoptionDate": date, "meetingRecord": meeting, "topic": " ".join(topic.split()) or None,
                    "vote": vote, "pressRelease": press or None})
        rec["sources"] = [dhl_source(table_year), ods(symbol)]
        if n in undl:
            rec["sources"].append({"type": "undl", "url": undl[n]})
        rec["notes"] = notes
        rec["_dhl_raw"] = r["vote_raw"]
        out[n] = rec
    return out, report


# --------------------------------------------------------------------------------------------
# Security Council, numbers missing from DHL (secondary facts table)

# Hand-checked notes (our words) and voters named by the secondary sources, per number.
FACTS_SC = {
    25: dict(notes=["Not in the DHL tables. Date, meeting and vote come from one secondary source (Japanese "
                    "Wikipedia); the meeting record symbol was built from the meeting number given there.",
                    "The DHL meetings table does list a 137th meeting on 22 May 1947, but names only the Greek "
                    "question as its agenda item."],
             abstaining=["Australia"]),
    71: dict(notes=["Not in the DHL tables. Date, meeting and vote from secondary mirrors that agree with each "
                    "other and with a copy of the UN 'Resolutions and decisions' text for the date; the meeting "
                    "record symbol was built from the meeting number.",
                    "The DHL meetings table has a 432nd meeting on 27 July 1949 but gives its agenda item as "
                    "travel expenses of alternate representatives, not the ICJ question."],
             abstaining=["Ukrainian SSR", "USSR"]),
    74: dict(notes=["Not in the DHL tables. One low-quality secondary source (a rewritten Japanese encyclopedia "
                    "page): 9 in favour with the Ukrainian SSR and the USSR abstaining; it states no count "
                    "against, so 'no' is left null; the meeting is not given.",
                    "The DHL meetings table shows the atomic energy item at the 445th (15 September) and 446th "
                    "(16 September 1949) meetings; which one adopted this resolution is not established."],
             vote=vote_obj("recorded", 9, None, 2, None, None, abstaining=isos(["Ukrainian SSR", "USSR"]))),
    75: dict(notes=["Not in the DHL tables. Date, meeting and vote from two secondary sources (Dutch and "
                    "Japanese Wikipedia) that agree.",
                    "Doubt: the DHL meetings table names the 448th meeting (27 September 1949) 'Future costs of "
                    "the United Nations military observers in Indonesia' and puts the travel-expenses item at "
                    "the 447th meeting (16 September 1949); the secondary date and meeting may belong to "
                    "resolution 76."],
             against=["Ukrainian SSR"], abstaining=["Cuba", "Egypt", "USSR"]),
    76: dict(notes=["Not in the DHL tables. One low-quality secondary source (a rewritten Japanese encyclopedia "
                    "page): 9 in favour with the Ukrainian SSR and the USSR abstaining; no count against stated, "
                    "so 'no' is left null; the meeting is not given.",
                    "Doubt: the DHL meetings table lists the military-observers item at the 448th meeting "
                    "(27 September 1949) and only an armaments item on 5 October 1949 (449th meeting)."],
             vote=vote_obj("recorded", 9, None, 2, None, None, abstaining=isos(["Ukrainian SSR", "USSR"]))),
    79: dict(notes=["Not in the DHL tables. Date and vote from secondary pages; the meeting number from a blog "
                    "only. The DHL meetings table confirms a 462nd meeting on 17 January 1950 on the armaments "
                    "item, which is taken as the agenda item.",
                    "The sources give 9 in favour, Yugoslavia present and not voting and the USSR absent; "
                    "no counts against or abstaining are stated, so they are left null."],
             topic_from_meeting=True,
             vote=vote_obj("recorded", 9, None, None, 2, "9 in favour; Yugoslavia present not voting; USSR absent",
                           not_participating=isos(["Yugoslavia", "USSR"]))),
    89: dict(notes=["Not in the DHL tables. Sources disagree on the date: a UN text copy on Refworld and French "
                    "and Hebrew Wikipedia give 17 November 1950, Dutch Wikipedia 11 November 1950; 17 November "
                    "is recorded (better sourced; the DHL meetings table also has a 524th meeting that day, "
                    "though it lists only the Korea item).",
                    "The abstainers (Egypt, USSR) come from Dutch Wikipedia only."],
             abstaining=["Egypt", "USSR"]),
    94: dict(notes=["Not in the DHL tables. One secondary source (Bulgarian Wikipedia), which calls it unanimous "
                    "(11-0-0). The DHL meetings table has a 548th meeting on 29 May 1951 but lists only the "
                    "India-Pakistan question."]),
    99: dict(notes=["Not in the DHL tables. Secondary sources (Japanese Wikipedia, French Wikisource copy of the "
                    "UN 'Resolutions and decisions' 1953) say it was adopted at the 618th meeting without a vote, "
                    "declared adopted in the absence of objection. The DHL meetings table has no 618th meeting."]),
    102: dict(notes=["Not in the DHL tables. Secondary sources (English Wikipedia and a mirror). The DHL meetings "
                     "table has a 645th meeting on 3 December 1953 but lists only the Palestine question."],
              abstaining=["USSR"]),
    103: dict(notes=["Not in the DHL tables. Source is a machine-translated mirror with garbled text (low "
                     "quality); same meeting as 102. The DHL meetings table has a 645th meeting on 3 December "
                     "1953 but lists only the Palestine question."],
              abstaining=["USSR"]),
    110: dict(notes=["Not in the DHL tables. Secondary sources (English Wikipedia, whose infobox is mislabelled, "
                     "and mirrors that agree). The DHL meetings table has a 707th meeting on 16 December 1955 but "
                     "lists only the Palestine question."],
              against=["USSR"], abstaining=["France"]),
    136: dict(notes=["Not in the DHL tables. One secondary source (a German Wikipedia mirror): 864th meeting, "
                     "unanimous. The DHL meetings table has an 864th meeting on 31 May 1960 listing resolution 137 "
                     "(ICJ election date) only."]),
    299: dict(notes=["Not in the DHL tables. One secondary source (a French Wikipedia mirror): 1587th meeting, "
                     "unanimous; its date was blank.",
                     "Date taken from the DHL meetings table, which dates the 1587th meeting 30 September 1971 but "
                     "names only the Namibia item for it; the date therefore rests on the secondary meeting "
                     "number."],
              date_from_meeting=True),
    575: dict(notes=["Not in the DHL tables. One secondary source (a Kazakh-language Wikipedia mirror). The DHL "
                     "meetings table has a 2623rd meeting on 17 October 1985 but lists only the question of South "
                     "Africa (a presidential statement) for it."],
              abstaining=["Ukrainian SSR", "USSR"]),
    617: dict(notes=["Not in the DHL tables. One secondary source (a Kazakh-language Wikipedia mirror), which "
                     "calls it unanimous. The DHL meetings table has a 2822nd meeting on 29 July 1988 on the "
                     "situation in the Middle East (listing only resolution 618), taken as the agenda item."],
              topic_from_meeting=True),
    800: dict(notes=["Not in the DHL tables. One secondary source (a German Wikipedia mirror) gives 8 January 1993; "
                     "the DHL meetings table lists the admission item at the 3155th and 3156th meetings on "
                     "7 January 1993 (no outcome given) and no admission meeting on 8 January. Date, meeting "
                     "and vote left null."],
              null_date=True, topic="Admission of new Members"),
    801: dict(notes=["Not in the DHL tables. Known only from the secondary page about resolution 800 (a German "
                     "Wikipedia mirror), which says 801 was adopted at the same meeting on 8 January 1993; the "
                     "DHL meetings table lists the admission item at the 3155th and 3156th meetings on 7 January "
                     "1993. Date, meeting and vote left null."],
              null_date=True, topic="Admission of new Members"),
    2302: dict(notes=["Not in the DHL tables (the 2016 table lacks the 7751st meeting). Meeting and unanimous "
                      "adoption from UN press release SC/12468; the date from a Xinhua report ('on Friday', "
                      "29 July 2016), not read in the press release."],
               press="SC/12468"),
    2303: dict(notes=["Not in the DHL tables (the 2016 table lacks the 7752nd meeting). Meeting, vote and "
                      "abstainers from UN press release SC/12469 and an APP report, which agree; the date derived "
                      "from the APP report ('on Friday')."],
               abstaining=["Angola", "China", "Egypt", "Venezuela"], press="SC/12469"),
    2304: dict(notes=["Not in the DHL tables (the 2016 table lacks the 7754th meeting). Sources disagree on the "
                      "abstainers: UN press release SC/12475 and the UNMISS site name China, Egypt, the Russian "
                      "Federation and Venezuela; a third-party copy of the press release names Senegal instead of "
                      "the Russian Federation. The UN's own list is recorded."],
               abstaining=["China", "Egypt", "Russian Federation", "Venezuela"], press="SC/12475"),
}


def build_facts_sc(shared, meetings_by_meeting, undl):
    rows = list(csv.DictReader(open(shared / "facts/sc_resolutions_missing.csv", encoding="utf-8", newline="")))
    out = {}
    for r in rows:
        n = int(r["resolution"])
        if n not in FACTS_SC:
            continue  # 666 and 695 come from the DHL duplicate rows
        spec = FACTS_SC[n]
        m = re.match(r"^S/RES/(\d+) \((\d{4})\)$", r["symbol"])
        if not m or int(m[1]) != n:
            sys.exit(f"ERROR: facts symbol {r['symbol']!r}")
        year = int(m[2])
        symbol = sc_symbol(n, year)
        rec = record(symbol, "SC", str(n), year)
        rec["adoptionDate"] = r["adoption_date"] or None
        rec["meetingRecord"] = r["meeting_record"] or None
        mrow = meetings_by_meeting.get(rec["meetingRecord"] or "")
        if spec.get("date_from_meeting") and not rec["adoptionDate"] and mrow:
            rec["adoptionDate"] = mrow["date"]
        if spec.get("null_date"):
            rec["adoptionDate"] = None
        if spec.get("topic_from_meeting") and mrow:
            rec["topic"] = mrow["topic"]
        if spec.get("topic"):
            rec["topic"] = spec["topic"]
        if "vote" in spec:
            rec["vote"] = spec["vote"]
        else:
            v = vote_from_raw(r["vote"])
            if v:
                v["against"] = isos(spec.get("against", []))
                v["abstaining"] = isos(spec.get("abstaining", []))
                if v["method"] == "recorded" and v["no"] == 0 and v["abstain"] == 0 and len(v["against"]) == 0:
                    pass
            rec["vote"] = v
        rec["pressRelease"] = spec.get("press")
        srcs = [secondary(u.strip()) for u in r["source"].split(" ; ") if u.strip()]
        for u in re.findall(r"https?://[^\s);,]+", r["note"]):
            if not any(s["url"] == u for s in srcs):
                srcs.append(secondary(u, "cross-check named in the compiled facts table"))
        if mrow and (spec.get("date_from_meeting") or spec.get("topic_from_meeting")):
            srcs.insert(0, dhl_source(int(mrow["year"])) | {"symbol": mrow["meeting_record"]})
        if n in (800, 801):
            srcs.insert(0, dhl_source(1993))
        rec["sources"] = srcs + [ods(symbol)]
        if n in undl:
            rec["sources"].append({"type": "undl", "url": undl[n]})
        rec["notes"] = list(spec["notes"])
        out[n] = rec
    return out


# --------------------------------------------------------------------------------------------
# AKN4UN XML (2504-2721)

def text_of(el):
    return " ".join("".join(el.itertext()).split())


def parse_akn(path, rel):
    root = ET.parse(path).getroot()
    dn = root.find(f".//{AKN_NS}docNumber")
    m = re.match(r"^S/RES/(\d+) \((\d{4})\)$", (dn.text or "").strip()) if dn is not None else None
    if not m:
        return None
    a = {"number": int(m[1]), "year": int(m[2]), "file": rel, "issues": []}
    a["date"] = root.find(f".//{AKN_NS}FRBRWork/{AKN_NS}FRBRdate").get("date")
    # The Akoma Ntoso IRI of the work, as the file writes it (FRBRWork/FRBRuri): never built from the symbol.
    uri = root.find(f".//{AKN_NS}FRBRWork/{AKN_NS}FRBRuri")
    a["iri"] = uri.get("value").strip() if uri is not None and (uri.get("value") or "").strip() else None
    dd = [d.get("date") for d in root.iter(AKN_NS + "docDate") if d.get("refersTo") == "#adoptionDate"]
    if dd and dd[0] != a["date"]:
        a["issues"].append(f"the cover page gives adoption date {dd[0]} against {a['date']} in the metadata")
    adm = root.find(f".//{AKN_NS}inline[@name='adoptionMeeting']")
    mnum = re.match(r"\d+", (adm.get("title") or adm.text or "")) if adm is not None else None
    a["meeting"] = f"S/PV.{mnum.group()}" if mnum else None
    steps = {s.get("outcome"): s for s in root.iter(AKN_NS + "step")}
    draft = steps.get("draftResolution")
    a["draft"] = draft.get("as") if draft is not None and draft.get("as") else None
    ad = steps.get("adopted")
    a["writtenProcedure"] = None
    if ad is not None:
        by = ad.get("by") or ""
        if "mail" in by and not a["meeting"]:
            a["writtenProcedure"] = ad.get("as")
        mm = re.search(r"(\d+)(?:st|nd|rd|th) meeting", by)
        if a["meeting"] and mm and "S/PV." + mm[1] != a["meeting"]:
            a["issues"].append(f"its workflow text says '{by}' while the cover page names the "
                               f"{a['meeting']} meeting")
        if a["meeting"] and ad.get("as") and ad.get("as") != a["meeting"]:
            if ad.get("as").replace("S/PV", "S/PV.") != a["meeting"]:
                a["issues"].append(f"its workflow step names {ad.get('as')} while the cover page names "
                                   f"{a['meeting']}")
        if ad.get("date") and ad.get("date") != a["date"]:
            a["issues"].append(f"its workflow step is dated {ad.get('date')} against the adoption date "
                               f"{a['date']}")
    lists = {"inFavour": [], "against": [], "abstaining": []}
    for c in root.iter(AKN_NS + "count"):
        names = [o.text.strip() for o in c.iter(AKN_NS + "organization")]
        kind = c.get("refersTo")
        if kind not in lists:
            sys.exit(f"ERROR: {rel}: unknown vote count kind {kind}")
        lists[kind] = sorted(isos(names))
        if int(c.get("value")) != len(names):
            a["issues"].append(f"its '{kind}' count reads {int(c.get('value'))} but names {len(names)} members "
                               f"(the named members are counted)")
    y, n_, ab = len(lists["inFavour"]), len(lists["against"]), len(lists["abstaining"])
    a["vote"] = vote_obj("recorded", y, n_, ab, 0 if y + n_ + ab == 15 else None, f"{y}-{n_}-{ab}",
                         lists["inFavour"], lists["against"], lists["abstaining"])
    a["adoptedBy"] = (ad.get("by") or "") if ad is not None else ""
    low = a["adoptedBy"].lower()
    if "without vote" in low or "by acclamation" in low:
        # The voter lists of these files name all 15 members as in favour (a template default); the file's own
        # outcome text says there was no vote, which is what we record.
        raw = a["adoptedBy"].split(",")[0].strip()
        a["issues"].append(f"its outcome text reads '{raw}' while its voter lists name {y} members in favour; "
                           "recorded as adopted without a vote, no counts")
        a["vote"] = vote_obj("without-vote", raw=raw)
    a["title"] = None
    a["subjects"] = []
    a["agenda"] = None
    for k in root.iter(AKN_NS + "keyword"):
        if k.get("refersTo") == "title" and a["title"] is None:
            a["title"] = " ".join(k.get("value").split())
        elif k.get("refersTo") == "agenda" and k.get("dictionary") == "S/" and a["agenda"] is None:
            a["agenda"] = " ".join(k.get("showAs").split()).rstrip(".")
        elif k.get("dictionary") == "UNBIS Thesaurus" and k.get("refersTo") is None:
            v = " ".join(k.get("value").split())
            # The UN's subject indexing is upper case; lower-case entries ("gender_equality") are automatic
            # tags added next to EuroVoc and SDG tags, not the library's index terms.
            if v == v.upper() and v not in a["subjects"]:
                a["subjects"].append(v)
    body = " ".join(text_of(e) for tag in ("preamble", "mainBody") for e in root.iter(AKN_NS + tag))
    a["chapterVII"] = bool(re.search(r"\bActing under (?:Article \d+ of )?Chapter VII\b", body, re.I))
    arts = []
    for n in re.findall(r"\bArticle (\d+) of (?:Chapter [IVX]+ of )?the Charter\b", body):
        if f"art-{n}" not in arts:
            arts.append(f"art-{n}")
    a["articles"] = sorted(arts, key=lambda s: int(s[4:]))
    return a


def load_akn(shared):
    base = shared / "akn"
    out = {}
    for p in sorted(base.glob("20*/*.xml")):
        rel = p.relative_to(base).as_posix()
        a = parse_akn(p, rel)
        if a is None:
            continue
        if a["number"] in out:
            sys.exit(f"ERROR: two AKN files for {a['number']}")
        out[a["number"]] = a
    return out


def akn_source(a):
    return {"type": "akn", "title": "AKN4UN XML, UN DGACM",
            "url": "https://github.com/UNxml/SCresolutions/blob/main/" + a["file"].replace(" ", "%20"),
            "note": f"file {a['file'].split('/')[-1]}"}


def apply_akn(rec, a, from_dhl):
    notes = rec["notes"]
    if from_dhl:
        if rec["adoptionDate"] != a["date"]:
            notes.append(f"AKN gives adoption date {a['date']}; the DHL table gives {rec['adoptionDate']} "
                         "(AKN preferred).")
        if rec["meetingRecord"] != a["meeting"]:
            notes.append(f"AKN gives meeting {a['meeting']}; the DHL table gives {rec['meetingRecord'] or 'no meeting record'} "
                         "(AKN preferred).")
        dv = rec["vote"]
        av = a["vote"]
        if dv is None or dv["method"] != av["method"] or \
                (dv["yes"], dv["no"], dv["abstain"]) != (av["yes"], av["no"], av["abstain"]):
            notes.append(f"AKN gives the vote {av['raw']}; the DHL table gives "
                         f"{rec.pop('_dhl_raw', None) or 'no tally'} (AKN preferred).")
    if a["year"] != rec["year"]:
        sys.exit(f"ERROR: AKN year differs for {a['number']}")
    rec["adoptionDate"] = a["date"]
    rec["meetingRecord"] = a["meeting"]
    rec["vote"] = a["vote"]
    rec["title"] = a["title"]
    if rec["topic"] is None:
        rec["topic"] = a["agenda"]
    rec["draftSymbol"] = a["draft"]
    rec["subjects"] = a["subjects"]
    rec["chapterVII"] = a["chapterVII"]
    rec["charterArticles"] = a["articles"]
    rec["aknIri"] = a["iri"]
    if a["writtenProcedure"]:
        notes.append(f"Adopted without a meeting, by written procedure (votes by letter during the COVID-19 "
                     f"pandemic); AKN names the letter recording the outcome, {a['writtenProcedure']}.")
    for issue in a["issues"]:
        notes.append(f"The AKN file is internally inconsistent: {issue}.")
    rec["sources"].insert(0, akn_source(a))


# --------------------------------------------------------------------------------------------
# General Assembly (facts table, secondary)

GA_SPEC = {
    "A/RES/377(V)": dict(
        number="377 (V)", title="Uniting for Peace",
        vote=vote_obj("recorded", 52, 5, 2, None, "52-5-2",
                      against=sorted(isos(["Czechoslovakia", "Poland", "Ukrainian SSR", "USSR",
                                           "Byelorussian SSR"])),
                      abstaining=sorted(isos(["India", "Argentina"]))),
        notes=["The resolution has three parts, A, B and C; 'resolution 377 A (V)' is part A, the Uniting for "
               "Peace resolution proper. Date and vote from secondary pages and the UN Audiovisual Library of "
               "International Law page; the named voters come from one mirror (en-academic).",
               "Doubt on the meeting: one secondary source cites A/PV.302, another text says it was adopted at "
               "the 303rd plenary meeting; meeting left null."]),
    "A/RES/76/262": dict(
        number="76/262",
        title="Standing mandate for a General Assembly debate when a veto is cast in the Security Council",
        vote=vote_obj("without-vote", raw="without a vote"),
        notes=["Adopted without a vote. Secondary sources (International Legal Materials, Oxford Public "
               "International Law) give 26 April 2022, and a TASS report says the meeting was scheduled for "
               "Tuesday 26 April; ASIL gives 27 April 2022. 26 April is recorded, with that doubt."]),
    "A/RES/ES-11/1": dict(number="ES-11/1", notes=["Secondary source only (English Wikipedia); adopted at the "
                                                   "eleventh emergency special session; 12 members absent."]),
    "A/RES/ES-11/2": dict(number="ES-11/2", notes=["Secondary source only (English Wikipedia); eleventh emergency "
                                                   "special session; 10 members absent."]),
    "A/RES/ES-11/3": dict(number="ES-11/3", draft="A/ES-11/L.4",
                          notes=["Secondary sources only (a Wikipedia mirror and a news report); eleventh emergency "
                                 "special session; 18 members absent."]),
    "A/RES/ES-11/4": dict(number="ES-11/4",
                          notes=["Secondary sources only (news reports); resumed eleventh emergency special "
                                 "session. One other report gives 33 abstentions instead of 35; 35 is recorded.",
                                 "Against (per the compiled row): Russian Federation, Belarus, DPRK, Nicaragua, "
                                 "Syria; not turned into codes here because the compiled list is secondary."]),
    "A/RES/ES-11/5": dict(number="ES-11/5",
                          vote=vote_obj("recorded", raw=None),
                          notes=["Sources disagree on the vote: a news report and a Wikipedia mirror give "
                                 "94-14-73, English Wikipedia and another news site 94-13-74; counts left null."]),
    "A/RES/ES-11/6": dict(number="ES-11/6", draft="A/ES-11/L.7",
                          notes=["Secondary sources only (news reports); 141-7-32 from two reports that agree, "
                                 "while other reports give 39 abstentions or 142 in favour."]),
    "A/RES/ES-11/7": dict(number="ES-11/7", draft="A/ES-11/L.10",
                          notes=["Secondary sources only, of low quality (a Wikipedia copy and a news site); "
                                 "17 members absent. Not checked against a UN record."]),
    "A/RES/ES-10/2": dict(number="ES-10/2", vote=None,
                          notes=["Date from the UN UNISPAL copy of A/ES-10/PV.5, which refers to 'resolution "
                                 "ES-10/2 of 25 April 1997'; the vote was not found."]),
    "A/RES/ES-10/3": dict(number="ES-10/3", notes=["From the UN UNISPAL site; resumed tenth emergency special "
                                                   "session."]),
    "A/RES/ES-10/19": dict(number="ES-10/19", notes=["Secondary source only (English Wikipedia): tenth emergency "
                                                     "special session, 37th plenary meeting; 21 members absent."]),
    "A/RES/ES-10/20": dict(number="ES-10/20", draft="A/ES-10/L.23",
                           notes=["Secondary source only (English Wikipedia)."]),
    "A/RES/ES-10/21": dict(number="ES-10/21", title="Protection of civilians and upholding legal and humanitarian "
                                                    "obligations",
                           vote=vote_obj("recorded", 121, 14, 44, None, "121-14-44"),
                           notes=["The tally announced was 120-14-45; Iraq then changed its abstention to a vote "
                                  "in favour, giving 121-14-44 (secondary sources: Wikipedia, a Reuters copy). The "
                                  "final figures are recorded."]),
    "A/RES/ES-10/22": dict(number="ES-10/22", draft="A/ES-10/L.27",
                           title="Protection of civilians and upholding legal and humanitarian obligations",
                           notes=["Secondary sources only (a Wikipedia mirror and a news report); tenth emergency "
                                  "special session, 45th plenary meeting."]),
    "A/RES/ES-10/23": dict(number="ES-10/23", draft="A/ES-10/L.30/Rev.1",
                           title="Admission of new Members to the United Nations", null_date=True,
                           notes=["Sources disagree on the date: English Wikipedia and Xinhua give 10 May 2024, "
                                  "while the excerpt read of UN press release GA/12600 says 'On 10 April'; "
                                  "adoption date left null."]),
    "A/RES/ES-10/24": dict(number="ES-10/24", draft="A/ES-10/L.31/Rev.1", title=None,
                           notes=["Secondary sources only; the compiled title is a paraphrase, so the title is left "
                                  "null."]),
}


def build_ga(shared):
    rows = list(csv.DictReader(open(shared / "facts/ga_procedural_resolutions.csv", encoding="utf-8", newline="")))
    out = []
    seen = set()
    for r in rows:
        sym = r["symbol"].split(" (")[0].strip()
        if sym not in GA_SPEC:
            continue
        spec = GA_SPEC[sym]
        seen.add(sym)
        date = r["adoption_date"] or None
        if spec.get("null_date"):
            date = None
        year = int(r["adoption_date"][:4])
        rec = record(sym, "GA", spec["number"], year)
        rec["adoptionDate"] = date
        rec["title"] = spec["title"] if "title" in spec else (r["title_or_subject"] or None)
        if "vote" in spec:
            rec["vote"] = spec["vote"]
        else:
            rec["vote"] = vote_from_raw(r["vote"])
        rec["draftSymbol"] = spec.get("draft")
        srcs = [secondary(u.strip()) for u in r["source"].split(" ; ") if u.strip()]
        for u in re.findall(r"https?://[^\s);,]+", r["note"]):
            if not any(s["url"] == u for s in srcs):
                srcs.append(secondary(u, "named in the compiled facts table"))
        rec["sources"] = srcs + [ods(sym)]
        rec["notes"] = ["Compiled from secondary sources (facts table); title as those sources give it, not checked "
                        "against the UN document."] + list(spec["notes"])
        out.append(rec)
    missing = set(GA_SPEC) - seen
    if missing:
        sys.exit(f"ERROR: GA rows not found in facts: {sorted(missing)}")
    out.sort(key=lambda x: (x["year"], x["adoptionDate"] or "", x["symbol"]))
    return out


# --------------------------------------------------------------------------------------------
# validation

SYMBOL_RE = {
    "SC": re.compile(r"^S/RES/(\d+) \((\d{4})\)$"),
    "GA": re.compile(r"^A/RES/(\d+/\d+|\d+\([IVXL]+\)|ES-\d+/\d+)$"),
}


def validate(sc, ga):
    problems, warnings = [], []
    nums = [int(r["number"]) for r in sc]
    if nums != list(range(1, SC_LAST + 1)):
        problems.append("SC numbers are not exactly 1..%d" % SC_LAST)
    for r in sc + ga:
        sym = r["symbol"]
        m = SYMBOL_RE[r["body"]].match(sym)
        if not m:
            problems.append(f"{sym}: symbol does not parse")
        elif r["body"] == "SC" and (int(m[1]) != int(r["number"]) or int(m[2]) != r["year"]):
            problems.append(f"{sym}: symbol disagrees with number/year")
        if not r["sources"]:
            problems.append(f"{sym}: no source")
        d = r["adoptionDate"]
        if d is not None:
            try:
                dt = datetime.date.fromisoformat(d)
            except ValueError:
                problems.append(f"{sym}: bad date {d}")
            else:
                if dt.year != r["year"]:
                    problems.append(f"{sym}: date {d} outside the symbol year")
        v = r["vote"]
        if v and v["method"] == "recorded" and r["body"] == "SC":
            total = sum(x or 0 for x in (v["yes"], v["no"], v["abstain"], v["nonVoting"]))
            limit = 11 if (r["year"] < 1966) else 15
            if total > limit:
                warnings.append(f"{sym}: vote total {total} > {limit}")
            for k, key in (("inFavour", "yes"), ("against", "no"), ("abstaining", "abstain")):
                if v[k] and v[key] is not None and len(v[k]) != v[key]:
                    problems.append(f"{sym}: {k} lists {len(v[k])} but count is {v[key]}")
        for k in ("inFavour", "against", "abstaining", "notParticipating"):
            for c in (v or {}).get(k, []):
                if not re.match(r"^[A-Z]{2}$", c):
                    problems.append(f"{sym}: bad member code {c}")
    return problems, warnings


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO / ".." / "shared" / "data"))
    ap.add_argument("--out", default=str(REPO / "src/main/resources/seed/resolutions.jsonl"))
    args = ap.parse_args()
    shared = Path(args.shared).resolve()

    undl = {}
    for r in csv.DictReader(open(shared / "cr-unsc/UNSC_Record-Table_2722.csv", encoding="utf-8", newline="")):
        if r["url_record"].strip():
            undl[int(r["res_no"])] = r["url_record"].strip()

    _, meetings_by_symbol, meetings_by_meeting = load_meetings(shared)
    sc, report = build_dhl(shared, meetings_by_symbol, undl)
    facts = build_facts_sc(shared, meetings_by_meeting, undl)
    for n, rec in facts.items():
        if n in sc:
            sys.exit(f"ERROR: {n} both in DHL and facts")
        sc[n] = rec
    akn = load_akn(shared)
    for n, a in sorted(akn.items()):
        if n in sc:
            apply_akn(sc[n], a, True)
        else:
            rec = record(sc_symbol(n, a["year"]), "SC", str(n), a["year"])
            rec["sources"] = [ods(rec["symbol"])]
            if n in undl:
                rec["sources"].append({"type": "undl", "url": undl[n]})
            apply_akn(rec, a, False)
            sc[n] = rec
    missing = [n for n in range(1, SC_LAST + 1) if n not in sc]
    if missing:
        sys.exit(f"ERROR: SC numbers without a record: {missing}")
    extra = [n for n in sc if n > SC_LAST]
    for n in extra:
        del sc[n]
    sc_list = [sc[n] for n in sorted(sc)]
    for r in sc_list:
        r.pop("_dhl_raw", None)
    ga = build_ga(shared)

    problems, warnings = validate(sc_list, ga)
    for w in warnings:
        print("WARNING:", w)
    if problems:
        for p in problems:
            print("ERROR:", p)
        sys.exit(1)
    ids = [slug(r["symbol"]) for r in sc_list + ga]
    if len(set(ids)) != len(ids):
        sys.exit("ERROR: duplicate ids")

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in sc_list + ga:
            r.setdefault("aknIri", None)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def count(pred):
        return sum(1 for r in sc_list if pred(r))
    print(f"wrote {out}")
    print(f"SC records: {len(sc_list)} (1..{SC_LAST}); GA records: {len(ga)}")
    print(f"  with AKN source: {count(lambda r: any(s['type'] == 'akn' for s in r['sources']))}")
    print(f"  with only secondary facts: {len(facts)}")
    print(f"  with notes: {count(lambda r: r['notes'])}")
    print(f"  adoptionDate null: {count(lambda r: r['adoptionDate'] is None)}")
    print(f"  meetingRecord null: {count(lambda r: r['meetingRecord'] is None)}")
    print(f"  vote null: {count(lambda r: r['vote'] is None)}")
    for meth in ("recorded", "unanimous", "without-vote", "consensus"):
        print(f"  vote {meth}: {count(lambda r, m=meth: r['vote'] and r['vote']['method'] == m)}")
    print(f"  chapterVII true: {count(lambda r: r['chapterVII'])}")
    print(f"DHL exact duplicates dropped: {report['exactDuplicates']}")
    print(f"DHL symbol year != date year (not fixed here; AKN decides where present): "
          f"{[x[0] for x in report['symbolYearMismatch']]}")
    print(f"AKN files used: {len(akn)}; omitted (above {SC_LAST}): {extra}")


if __name__ == "__main__":
    main()
