"""Durability check of statement writes across a kill -9 (see tools/reliability/durability, which runs it).

1. Start the packaged service on a database (H2 file in a temp dir, or the PostgreSQL given by UNREF_DB_*).
2. Send N statement creations at once, each with its own Idempotency-Key and its own content.
3. kill -9 the JVM once a share of them has been acknowledged (201), while others are in flight.
4. Start it again on the same database; every acknowledged statement must be there, field for field and its
   text byte for byte.
5. Send all N again with the same keys: an acknowledged one must come back as a replay of the same id, the
   others are created now, and in the end each of the N exists exactly once.

Exit status 1 on any lost or altered statement, any duplicate, any 5xx.
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app import App, new_api_key  # noqa: E402

FIELDS = ("title", "authorOrganization", "speaker", "date", "kind", "language", "sourceUrl", "text")


def corpus_paragraphs(corpus_dir):
    """Paragraphs of the real statements beside the project, to make the texts look like what is stored."""
    paragraphs = []
    if corpus_dir and os.path.isdir(corpus_dir):
        for name in sorted(os.listdir(corpus_dir)):
            if name.endswith(".txt"):
                with open(os.path.join(corpus_dir, name), encoding="utf-8") as f:
                    paragraphs += [p.strip() for p in f.read().split("\n\n") if p.strip()]
    return paragraphs or [
        "The delegation recalled the obligations of the members of the Council under the Charter of the United Nations."]


def statements(run, n, paragraphs):
    """N distinct statements: real-looking paragraphs, and references to Charter articles that exist (1 to 111).
    Synthetic, and titled as such: they only ever live in this run's throw-away database."""
    out = []
    for i in range(n):
        first = paragraphs[i % len(paragraphs)]
        second = paragraphs[(i * 3 + 1) % len(paragraphs)]
        article = 1 + (i * 7) % 111
        text = (f"{first}\n\n{second}\n\nIn statement {i} of durability run {run}, the delegation recalled Article "
                f"{article} of the Charter and resolution 2254 (2015). Non-ASCII survives too: d\u00e9l\u00e9gation, "
                f"\u0627\u0644\u0623\u0645\u0645 \u0627\u0644\u0645\u062a\u062d\u062f\u0629, \u2014 \u201cquoted\u201d.")
        out.append({
            "key": str(uuid.uuid4()),
            "body": {
                "title": f"Durability run {run}, statement {i}",
                "authorOrganization": "unref durability check (synthetic)",
                "speaker": None if i % 3 == 0 else f"Speaker {i % 17}",
                "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "kind": ("press-release", "speech", "letter", "report")[i % 4],
                "language": "en",
                "sourceUrl": f"https://example.org/durability/{run}/{i}",
                "text": text,
            },
        })
    return out


class Writer:
    """Sends creations concurrently and records, per statement, the outcome of its last attempt."""

    def __init__(self, app, key, items, workers):
        self.app, self.key, self.items, self.workers = app, key, items, workers
        self.lock = threading.Lock()
        self.acked = 0

    def send(self, item):
        try:
            status, headers, body = self.app.request("POST", "/api/v1/statements", item["body"], {
                "Authorization": f"Bearer {self.key}", "Idempotency-Key": item["key"]}, timeout=60)
        except OSError as e:  # refused or reset: the service was killed
            return {"status": None, "error": type(e).__name__}
        result = {"status": status, "replayed": headers.get("idempotent-replayed") == "true"}
        if status == 201:
            result["id"] = json.loads(body)["id"]
            result["location"] = headers.get("location")
            with self.lock:
                self.acked += 1
        else:
            result["error"] = body[:300].decode("utf-8", "replace")
        return result

    def run(self, on_ack=None):
        results = [None] * len(self.items)
        with concurrent.futures.ThreadPoolExecutor(self.workers) as pool:
            futures = {pool.submit(self.send, item): i for i, item in enumerate(self.items)}
            for future in concurrent.futures.as_completed(futures):
                results[futures[future]] = future.result()
                if on_ack:
                    on_ack(self.acked)
        return results


def fetch(app, statement_id):
    status, _, body = app.request("GET", f"/api/v1/statements/{statement_id}")
    return status, (json.loads(body) if status == 200 else None)


def titles_of_run(app, run):
    """How many stored statements carry each title of this run (every page of the list filtered on the run id)."""
    counts, cursor = {}, ""
    while True:
        query = urllib.parse.urlencode({"q": run, "limit": "200", "cursor": cursor})
        status, _, body = app.request("GET", f"/api/v1/statements?{query}")
        if status != 200:
            raise RuntimeError(f"listing statements answered {status}: {body[:300]!r}")
        page = json.loads(body)
        for s in page["items"]:
            counts[s["title"]] = counts.get(s["title"], 0) + 1
        if not page.get("next"):
            return counts
        cursor = page["next"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--app", required=True, help="the packaged service (a quarkus-app directory)")
    ap.add_argument("--db", choices=("h2", "postgresql"), required=True,
                    help="h2: a file database in a temp dir; postgresql: the one UNREF_DB_URL names")
    ap.add_argument("--writes", type=int, default=500)
    ap.add_argument("--workers", type=int, default=32, help="requests in flight at once")
    ap.add_argument("--kill-after", type=float, default=0.4, help="kill -9 once this share of writes is acknowledged")
    ap.add_argument("--corpus", default=os.environ.get("UNREF_CORPUS", "/work/shared/corpus"))
    args = ap.parse_args()
    # SIGTERM or SIGINT (CI timeout, ^C) still runs the finally below: stop the service, delete the temp dir.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(130))

    work = tempfile.mkdtemp(prefix=f"unref-durability-{args.db}-")
    app = None
    try:
        if args.db == "h2":
            db_url = None  # the service's default URL (application.properties), relative to the temp dir
        else:
            db_url = os.environ.get("UNREF_DB_URL", "")
            if not db_url.startswith("jdbc:postgresql:"):
                raise SystemExit("--db postgresql needs UNREF_DB_URL (run under tools/ci/with-postgres)")
        key, entry = new_api_key("durability")
        app = App(args.app, work, db_url, entry)
        print(f"[{args.db}] starting the service on 127.0.0.1:{app.port} ...", flush=True)
        print(f"[{args.db}] ready after {app.start():.1f} s", flush=True)

        run = uuid.uuid4().hex[:12]
        items = statements(run, args.writes, corpus_paragraphs(args.corpus))
        writer = Writer(app, key, items, args.workers)
        threshold = max(1, int(args.writes * args.kill_after))
        killed = threading.Event()
        acked_at_kill = []

        def maybe_kill(acked):
            if acked >= threshold and not killed.is_set():
                killed.set()
                app.kill9()
                acked_at_kill.append(acked)

        began = time.monotonic()
        first = writer.run(maybe_kill)
        if not killed.is_set():
            raise RuntimeError("all writes finished before the kill: raise --writes or lower --kill-after")
        acked = {i: r for i, r in enumerate(first) if r["status"] == 201}
        refused = sum(1 for r in first if r["status"] is None)
        errors5 = [r for r in first if r["status"] and r["status"] >= 500]
        other = [r for r in first if r["status"] and r["status"] not in (201,) and r["status"] < 500]
        print(f"[{args.db}] sent {len(items)} writes in {time.monotonic() - began:.1f} s, {args.workers} at once; "
              f"kill -9 after {acked_at_kill[0]} acknowledgements; acknowledged {len(acked)}, "
              f"cut off by the kill {refused}, other 4xx {len(other)}, 5xx {len(errors5)}", flush=True)

        print(f"[{args.db}] restarting on the same database ...", flush=True)
        print(f"[{args.db}] ready after {app.start():.1f} s", flush=True)

        lost = []
        for i, r in acked.items():
            status, stored = fetch(app, r["id"])
            sent = items[i]["body"]
            if status != 200:
                lost.append(f"statement {i}: acknowledged as {r['id']}, GET answers {status}")
                continue
            for field in FIELDS:
                if stored.get(field) != sent[field]:
                    lost.append(f"statement {i} ({r['id']}): {field} differs")
            if stored["text"].encode("utf-8") != sent["text"].encode("utf-8"):
                lost.append(f"statement {i} ({r['id']}): text differs byte for byte")

        second = Writer(app, key, items, args.workers).run()
        errors5 += [r for r in second if r["status"] and r["status"] >= 500]
        changed = [f"statement {i}: acknowledged as {acked[i]['id']}, resent: {second[i]}" for i in acked
                   if second[i]["status"] != 201 or second[i]["id"] != acked[i]["id"] or not second[i]["replayed"]]
        failed_resend = [f"statement {i}: {r}" for i, r in enumerate(second) if r["status"] != 201]
        replayed = sum(1 for r in second if r["status"] == 201 and r["replayed"])
        created = sum(1 for r in second if r["status"] == 201 and not r["replayed"])
        # Written before the kill but never acknowledged: the resend must have found them (a replay), not made twins.
        committed_unacked = sum(1 for i, r in enumerate(second) if i not in acked and r["status"] == 201 and r["replayed"])

        counts = titles_of_run(app, run)
        duplicates = sum(max(0, counts.get(item["body"]["title"], 0) - 1) for item in items)
        missing = sum(1 for item in items if counts.get(item["body"]["title"], 0) == 0)
        stray = sum(n for title, n in counts.items() if title not in {item["body"]["title"] for item in items})

        print(f"[{args.db}] resent {len(items)} with the same keys: {replayed} replayed (of which {committed_unacked} "
              f"committed before the kill but never acknowledged), {created} created now, {len(failed_resend)} not 201",
              flush=True)
        print(f"[{args.db}] RESULT sent={len(items)} acknowledged_before_kill={len(acked)} lost={len(lost)} "
              f"duplicates={duplicates} missing_after_resend={missing} stray={stray} ids_changed={len(changed)} 5xx={len(errors5)}",
              flush=True)
        # H2 has come back from a kill with an identity behind its rows; the service moves it on at start and says so.
        repaired = app.log_lines("IdentityRepair")
        print(f"[{args.db}] identities moved past their rows at restart: {len(repaired)}", flush=True)
        for line in repaired:
            print(f"[{args.db}]   {line.strip()[:300]}", flush=True)
        problems = lost + changed + failed_resend + [f"5xx: {r}" for r in errors5]
        for p in problems[:20]:
            print(f"[{args.db}]   {p}", flush=True)
        ok = not problems and duplicates == 0 and missing == 0 and stray == 0
        if not ok:
            print(f"[{args.db}] FAILED; service log tail:\n{app.tail()}", flush=True)
        return 0 if ok else 1
    finally:
        if app:
            app.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
