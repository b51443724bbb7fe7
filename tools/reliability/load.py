"""Load check (see tools/reliability/load, which runs it): the maximum throughput of a realistic request mix,
then a long run at 70% of it, watching the JVM's memory.

1. Start the packaged service (H2 file database in a temp dir, -Xmx384m: about the heap the Kubernetes limit of
   512Mi gives it) and gather real ids from its API; store 20 statements so statement reads have something.
2. wrk, as fast as it goes, for --probe seconds: the maximum rate of the mix (tools/reliability/mix.lua).
3. wrk at --share (70%) of that rate for --duration seconds, paced by mix.lua's delay(). Every 10 s: the JVM's
   RSS (/proc/PID/status VmRSS) and its old generation right after a full GC (jcmd GC.run, then the pools of
   /q/metrics), that is the live set. The forced GC pauses the service briefly every 10 s; it is the honest measure of what is retained.
4. Fails on any 5xx, any socket error (connect, read, write, timeout) in the paced run, or memory that is not flat: the median of
   the samples of the last quarter of the run may exceed the median of the second quarter by at most 10% for the
   live heap and 20% for RSS (RSS also holds code cache, metaspace and the heap's committed size, which settle
   more slowly). The first quarter is warm-up (JIT, caches filling) and not judged.
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from app import App, new_api_key  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = ["Syria", "veto", "Ukraine", "peacekeeping", "sanctions", "Charter", "Palestine", "Korea", "ceasefire",
         "Uniting for Peace", "humanitarian", "Israel", "Iraq", "Libya", "Yemen", "Sudan", "Haiti", "Cyprus"]
MEMBERS = ["RU", "US", "GB", "FR", "CN", "SU"]


def lua_str(text):
    """A Lua string literal: printable ASCII kept, every other byte of the UTF-8 written as \\ddd."""
    out = []
    for b in text.encode("utf-8"):
        c = chr(b)
        out.append(c if 32 <= b < 127 and c not in '"\\' else f"\\{b:03d}")
    return '"' + "".join(out) + '"'


def lua_list(values):
    return "{" + ",".join(lua_str(str(v)) for v in values) + "}"


def ids(app, path, pages):
    found, cursor = [], ""
    for _ in range(pages):
        status, _, body = app.request("GET", f"{path}{'&' if '?' in path else '?'}limit=200&cursor={cursor}")
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
        page = json.loads(body)
        found += [item["id"] for item in page["items"]]
        cursor = page.get("next")
        if not cursor:
            break
    return found


def paragraphs(corpus_dir):
    out = []
    if os.path.isdir(corpus_dir):
        for name in sorted(os.listdir(corpus_dir)):
            if name.endswith(".txt"):
                with open(os.path.join(corpus_dir, name), encoding="utf-8") as f:
                    out += [p.strip() for p in f.read().split("\n\n") if p.strip()]
    return out or ["The delegation recalled resolution 2254 (2015) and Article 27, paragraph 3, of the Charter."]


def prepare(app, key, work, corpus, write_share):
    """Real ids for the reads, 20 statements to read, and the data file mix.lua loads."""
    texts = paragraphs(corpus)
    run = uuid.uuid4().hex[:8]
    statement_ids = []
    for i in range(20):
        body = {"title": f"Load run {run}, prepared statement {i}", "authorOrganization": "unref load check (synthetic)",
                "date": "2024-02-20", "kind": "speech", "language": "en",
                "text": texts[i % len(texts)] + f"\n\nIt recalled resolution 2254 (2015) and Article {1 + i} of the Charter."}
        status, _, created = app.request("POST", "/api/v1/statements", body, {"Authorization": f"Bearer {key}"})
        if status != 201:
            raise RuntimeError(f"storing a statement answered {status}: {created[:300]!r}")
        statement_ids.append(json.loads(created)["id"])
    data = {
        "resolutions": ids(app, "/api/v1/resolutions", 15),
        "vetoes": ids(app, "/api/v1/vetoes", 2),
        "provisions": [p for p in (f"art-{n}" for n in range(1, 112))] + ["art-27-3", "art-2-7", "art-51", "art-55-a"],
    }
    lua = ["return {"]
    for name, values in data.items():
        lua.append(f"  {name} = {lua_list(values)},")
    lua.append(f"  statements = {lua_list(statement_ids)},")
    lua.append(f"  members = {lua_list(MEMBERS)},")
    lua.append(f"  words = {lua_list(urllib.parse.quote(w) for w in WORDS)},")
    # JSON-escaped (without the quotes), so mix.lua can put them in a body as they are
    lua.append(f"  paragraphs = {lua_list(json.dumps(t, ensure_ascii=True)[1:-1] for t in texts)},")
    lua.append(f"  key = {lua_str(key)},")
    lua.append(f"  run = {lua_str(run)},")
    lua.append(f"  write_share = {write_share},")
    lua.append("}")
    path = os.path.join(work, "mix-data.lua")
    with open(path, "w") as f:
        f.write("\n".join(lua) + "\n")
    print(f"ids: {len(data['resolutions'])} resolutions, {len(data['vetoes'])} vetoes, "
          f"{len(data['provisions'])} Charter provisions, {len(statement_ids)} statements", flush=True)
    return path


def wrk(app, data_path, seconds, threads, connections, rate):
    env = dict(os.environ, UNREF_MIX_DATA=data_path, UNREF_RATE=str(rate), UNREF_THREADS=str(threads),
               UNREF_PHASE="paced" if rate else "probe")
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s",
           os.path.join(HERE, "mix.lua"), f"http://127.0.0.1:{app.port}"]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=seconds + 60)
    line = next((l for l in out.stdout.splitlines() if l.startswith("UNREF_RESULT")), None)
    if out.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    result = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)}
    result["rate"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def heap_after_gc_mib(app):
    """The old generation right after a full GC: the live set. Eden is left out: the load goes on between the GC and
    this read of the metrics, and what it allocates meanwhile moved the whole heap's figure by 20 MiB or more."""
    subprocess.run(["jcmd", str(app.proc.pid), "GC.run"], capture_output=True, timeout=30, check=True)
    status, _, body = app.request("GET", "/q/metrics", headers={"Accept": "text/plain"})
    if status != 200:
        raise RuntimeError(f"/q/metrics answered {status}")
    old = [float(m.group(1)) for m in re.finditer(
        r'^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*id="[^"]*(?:Old Gen|Tenured Gen)"[^}]*\} ([0-9.eE+-]+)$',
        body.decode(), re.M)]
    if not old:
        raise RuntimeError("no old generation pool in /q/metrics (jvm_memory_used_bytes)")
    return sum(old) / 2 ** 20


class Sampler(threading.Thread):
    def __init__(self, app, every):
        super().__init__(daemon=True)
        self.app, self.every, self.samples, self.stop, self.error = app, every, [], threading.Event(), None

    def run(self):
        began = time.monotonic()
        while not self.stop.is_set():
            try:
                self.samples.append((time.monotonic() - began, rss_mib(self.app.proc.pid), heap_after_gc_mib(self.app)))
            except Exception as e:  # reported, and fails the run: a missing sample must not pass silently
                self.error = e
                return
            self.stop.wait(self.every - (time.monotonic() - began) % self.every)


def quarter(samples, index, duration):
    lo, hi = duration * index / 4, duration * (index + 1) / 4
    return [s for s in samples if lo <= s[0] < hi + 1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--app", required=True, help="the packaged service for H2 (a quarkus-app directory)")
    ap.add_argument("--duration", type=int, default=300, help="seconds of the paced run")
    ap.add_argument("--probe", type=int, default=15, help="seconds of the maximum-throughput run")
    ap.add_argument("--share", type=float, default=0.7, help="share of the maximum rate for the paced run")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--write-share", type=float, default=0.1)
    ap.add_argument("--corpus", default=os.environ.get("UNREF_CORPUS", "/work/shared/corpus"))
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(130))
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install -y wrk)")

    work = tempfile.mkdtemp(prefix="unref-load-")
    app = None
    try:
        key, entry = new_api_key("load")
        app = App(args.app, work, None, entry,
                  java_opts=["-Xmx384m"])
        print(f"starting the service on 127.0.0.1:{app.port} ...", flush=True)
        print(f"ready after {app.start():.1f} s", flush=True)
        data_path = prepare(app, key, work, args.corpus, args.write_share)

        probe = wrk(app, data_path, args.probe, args.threads, args.connections, 0)
        target = probe["rate"] * args.share
        print(f"maximum: {probe['rate']:.0f} requests/s over {args.probe} s (p50 {probe['p50_us'] / 1000:.1f} ms, "
              f"p99 {probe['p99_us'] / 1000:.1f} ms, 5xx {probe['status5xx']}); paced run at {target:.0f}/s "
              f"for {args.duration} s", flush=True)

        sampler = Sampler(app, 10)
        sampler.start()
        paced = wrk(app, data_path, args.duration, args.threads, args.connections, target)
        sampler.stop.set()
        sampler.join(timeout=60)
        samples = sampler.samples
        for t, rss, heap in samples:
            print(f"  t={t:5.0f} s  RSS {rss:7.1f} MiB  live heap {heap:6.1f} MiB", flush=True)

        # Socket errors are judged on the paced run only: in the maximum-rate probe the service is saturated on
        # purpose, and a request queued past wrk's 10 s timeout is the probe's doing, not a fault. They are printed.
        socket_errors = sum(paced[k] for k in ("connect", "read", "write", "timeout"))
        probe_errors = sum(probe[k] for k in ("connect", "read", "write", "timeout"))
        fivexx = paced["status5xx"] + probe["status5xx"]
        base, last = quarter(samples, 1, args.duration), quarter(samples, 3, args.duration)
        problems = []
        if sampler.error:
            problems.append(f"memory sampling failed: {sampler.error}")
        if not base or not last:
            problems.append("too few memory samples to judge (run for at least 40 s)")
        else:
            heap0, heap1 = statistics.median(s[2] for s in base), statistics.median(s[2] for s in last)
            rss0, rss1 = statistics.median(s[1] for s in base), statistics.median(s[1] for s in last)
            print(f"memory, second quarter -> last quarter (medians): live heap {heap0:.1f} -> {heap1:.1f} MiB "
                  f"({(heap1 / heap0 - 1) * 100:+.1f}%), RSS {rss0:.0f} -> {rss1:.0f} MiB ({(rss1 / rss0 - 1) * 100:+.1f}%)")
            if heap1 > heap0 * 1.10:
                problems.append("the live heap (old generation after a full GC) grew by more than 10%")
            if rss1 > rss0 * 1.20:
                problems.append("RSS grew by more than 20%")
        if fivexx:
            problems.append(f"{fivexx} answers were 5xx")
        if socket_errors:
            problems.append(f"{socket_errors} socket errors in the paced run")
        print(f"RESULT probe: requests={probe['requests']} rate={probe['rate']:.0f}/s 5xx={probe['status5xx']} "
              f"socket_errors={probe_errors} (timeouts {probe['timeout']}) p50={probe['p50_us'] / 1000:.1f}ms "
              f"p99={probe['p99_us'] / 1000:.1f}ms", flush=True)
        print(f"RESULT paced: requests={paced['requests']} rate={paced['rate']:.0f}/s (target {target:.0f}/s) "
              f"non2xx3xx={paced['non2xx3xx']} 4xx={paced['status4xx']} 5xx={paced['status5xx']} "
              f"socket_errors={sum(paced[k] for k in ('connect', 'read', 'write', 'timeout'))} "
              f"p50={paced['p50_us'] / 1000:.1f}ms p99={paced['p99_us'] / 1000:.1f}ms max={paced['max_us'] / 1000:.0f}ms; "
              f"memory start RSS {samples[0][1] if samples else 0:.0f} MiB heap {samples[0][2] if samples else 0:.1f} MiB, "
              f"end RSS {samples[-1][1] if samples else 0:.0f} MiB heap {samples[-1][2] if samples else 0:.1f} MiB", flush=True)
        for p in problems:
            print(f"FAILED: {p}", flush=True)
        if problems:
            print(f"service log tail:\n{app.tail()}", flush=True)
        return 1 if problems else 0
    finally:
        if app:
            app.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
