#!/usr/bin/env python3
"""Load generator for a running Votewire (deploy/local/run): posts synthetic articles about UN votes to ingest at a
fixed rate or as fast as ingest takes them, samples post -> "tallied" latency through the gateway, and reports
per-stage throughput (Kafka records consumed, from each service's /q/metrics on its management port), latency percentiles, and each
process's CPU and RSS.

  VOTEWIRE_API_KEY=$(cat .votewire/dev-api-key) deploy/bench/load.py --workload hot --rate 100 --seconds 60
  deploy/bench/load.py --workload spread --rate 0 --count 20000      # saturation: as fast as 64 connections post

Workloads: "hot" (every article reports one of three votes of one day, a second one in a third of them) and
"spread" (articles about --votes different votes over a year). The wording is generated here from templates and
varies sentence by sentence; about 3 KB an article. Only the Python standard library is used.
"""
import argparse, http.client, json, os, random, re, statistics, sys, threading, time, urllib.parse, uuid
from datetime import date, timedelta

COUNTRIES = ["Russia", "Iran", "Belarus", "North Korea", "Syria", "Nicaragua", "Cuba", "Venezuela", "Eritrea", "Mali",
             "China", "India", "Brazil", "South Africa", "Hungary", "Israel", "United States", "Algeria", "Pakistan",
             "Egypt", "Indonesia", "Mexico", "Kenya", "Ghana", "Japan", "Germany", "France", "Norway", "Chile",
             "Argentina", "Thailand", "Vietnam", "Ethiopia", "Nigeria", "Peru", "Colombia", "Malaysia", "Turkey"]
TOPICS = ["the protection of civilians in armed conflict", "verification of nuclear disarmament", "plastic pollution at sea",
          "the safety of journalists", "access to clean drinking water", "a moratorium on the death penalty",
          "humanitarian access in besieged towns", "the rights of migrant workers", "cooperation on cyber security",
          "the return of displaced families", "a ban on anti-satellite missile tests", "food security in the Sahel",
          "the status of the occupied territories", "sanctions on arms transfers", "the prevention of famine",
          "climate finance for island states", "the peaceful use of outer space", "landmine clearance",
          "the rights of persons with disabilities", "an inquiry into detention conditions", "maritime boundaries",
          "the elimination of chemical weapons", "debt relief for the poorest countries", "polio vaccination campaigns",
          "the repatriation of cultural property", "a ceasefire during the harvest season", "refugee protection",
          "child soldiers", "the financing of peacekeeping", "internet shutdowns", "coastal erosion", "desertification"]
BODIES = {"GA": ("the General Assembly", 193), "SC": ("the Security Council", 15), "HRC": ("the Human Rights Council", 47)}
# background sentences are put together from parts, so two articles share few word triples (as articles of
# different outlets do) and the tally's near-duplicate check sees independent sources, not copies
WHO = ["Diplomats", "Several delegations", "Supporters of the text", "Critics", "The sponsors", "Observers",
       "A spokesperson for the secretariat", "Civil society groups", "Some envoys", "Officials", "Analysts",
       "Aid agencies", "Smaller states", "Legal advisers", "Regional organisations", "Human rights monitors",
       "Opposition lawmakers in several capitals", "Former negotiators", "Youth delegates", "Faith leaders"]
SAID = ["said", "argued", "warned", "noted", "insisted", "suggested", "told reporters", "conceded", "stressed",
        "pointed out", "complained", "acknowledged", "predicted", "cautioned", "recalled"]
WHAT = ["the negotiations had dragged on for {n} weeks", "funding of about {n} million dollars was still missing",
        "the wording had been softened in {n} places", "implementation would be reviewed in {n} months",
        "at least {n} governments had asked for changes", "the chair had held {n} rounds of consultations",
        "the secretariat would need {n} extra staff", "the mandate would run for {n} years",
        "more than {n} speakers had asked for the floor", "the report was due in {n} days"]
THEN = ["", ", according to people familiar with the talks", ", a point several capitals contested",
        ", though few expected quick results", ", which surprised some delegations", ", in a statement after the meeting",
        ", speaking on condition of anonymity", ", echoing remarks made earlier in the week",
        ", while others called that too optimistic", ", citing figures from the agency concerned"]
CITIES = ["Geneva", "New York", "Nairobi", "Vienna", "Brussels", "Addis Ababa", "Bangkok", "Santiago", "Dakar", "Lima"]


def filler(rnd):
    return (f"{rnd.choice(WHO)} {rnd.choice(SAID)} that {rnd.choice(WHAT).format(n=rnd.randint(2, 60))}"
            f"{rnd.choice(THEN)}.")


class Vote:
    def __init__(self, rnd, body, day):
        self.body, self.day, self.topic = body, day, rnd.choice(TOPICS)
        name, members = BODIES[body]
        self.no = rnd.randint(1, 4) if body == "SC" else rnd.randint(3, 40 if body == "GA" else 12)
        self.abstain = rnd.randint(0, 15 - 9 - self.no) if body == "SC" else rnd.randint(5, 60 if body == "GA" else 15)
        most = members - self.no - self.abstain
        self.yes = (15 - self.no - self.abstain) if body == "SC" else rnd.randint(min(self.no * 2 + 1, most), most)
        if body == "SC" and self.yes < 9:
            self.yes, self.abstain = 9, 15 - 9 - self.no
        picks = rnd.sample(COUNTRIES, min(len(COUNTRIES), min(self.no, 5) + min(self.abstain, 4)))
        self.against, self.abstaining = picks[:min(self.no, 5)], picks[min(self.no, 5):]
        self.symbol = (f"S/RES/{rnd.randint(2800, 2999)} ({day.year})" if body == "SC"
                       else f"A/RES/{day.year - 1945}/{rnd.randint(100, 320)}" if body == "GA" else None)


def names(xs):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def when(d):
    return f"{d.day} {d.strftime('%B')} {d.year}"


def report(rnd, v):
    """Sentences about one vote, each in one of several wordings."""
    name = BODIES[v.body][0]
    Name = name[0].upper() + name[1:]
    count = rnd.choice([
        f"{Name} adopted a resolution on {v.topic} on {when(v.day)} by {v.yes} votes to {v.no}, with {v.abstain} abstentions.",
        f"On {when(v.day)}, {name} approved a text on {v.topic}, with {v.yes} in favour, {v.no} against and {v.abstain} abstaining.",
        f"By a vote of {v.yes} to {v.no}, with {v.abstain} abstentions, {name} on {when(v.day)} passed a resolution on {v.topic}.",
    ])
    out = [count]
    if v.symbol and rnd.random() < 0.5:
        out.append(f"The resolution, {v.symbol}, was put forward by a cross-regional group of sponsors.")
    if v.against:
        out.append(rnd.choice([f"Voting against were {names(v.against)}.",
                               f"{names(v.against)} voted against the text.",
                               f"Those opposed included {names(v.against)}."]))
    if v.abstaining:
        out.append(rnd.choice([f"{names(v.abstaining)} abstained.",
                               f"Among those abstaining were {names(v.abstaining)}."]))
    return out


def article(rnd, votes, hot):
    main = votes[rnd.randrange(len(votes))]
    chosen = [main]
    if hot and rnd.random() < 0.33:
        chosen.append(rnd.choice([v for v in votes if v is not main]))
    sentences = [s for v in chosen for s in report(rnd, v)]
    paragraphs = [f"{rnd.choice(CITIES).upper()} - " + " ".join(sentences[:2]), " ".join(sentences[2:])]
    while sum(len(p) for p in paragraphs) < 2900:
        paragraphs.insert(rnd.randint(1, len(paragraphs)), " ".join(filler(rnd) for _ in range(rnd.randint(2, 4))))
    published = main.day + timedelta(days=rnd.choice([0, 0, 1]))
    return {"id": "bench-" + uuid.uuid4().hex[:20], "url": None, "published": published.isoformat(),
            "headline": f"{BODIES[main.body][0][0].upper() + BODIES[main.body][0][1:]} votes on {main.topic}", "body": "\n\n".join(paragraphs)}


def workload(name, seed, n_votes):
    rnd = random.Random(seed)
    if name == "hot":
        day = date(2026, 11, 17)
        return [Vote(rnd, b, day) for b in ("GA", "SC", "HRC")]
    start = date(2025, 12, 1)
    return [Vote(rnd, rnd.choice(["GA", "GA", "SC", "HRC"]), start + timedelta(days=rnd.randrange(365))) for _ in range(n_votes)]


class Proc:
    """CPU seconds and RSS of the stack's processes, read from /proc."""
    MODULES = ["ingest-service", "extraction-service", "tally-service", "query-gateway"]

    @staticmethod
    def find():
        found = {}
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            for m in Proc.MODULES:
                if f"{m}/target/quarkus-app/quarkus-run.jar" in cmd:
                    found.setdefault(m, []).append(pid)
            if "io.votewire.testkit.LocalInfra" in cmd:
                found.setdefault("kafka (infra jvm)", []).append(pid)
            elif cmd.startswith("postgres") or "/bin/postgres" in cmd:
                found.setdefault("postgresql", []).append(pid)
        return found

    @staticmethod
    def cpu(pids):
        tick, total = os.sysconf("SC_CLK_TCK"), 0.0
        for p in pids:
            try:
                f = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
                total += (int(f[11]) + int(f[12])) / tick
            except OSError:
                pass
        return total

    @staticmethod
    def rss_mb(pids):
        total = 0
        for p in pids:
            try:
                total += int(re.search(r"VmRSS:\s+(\d+)", open(f"/proc/{p}/status").read()).group(1))
            except (OSError, AttributeError):
                pass
        return total / 1024


def consumed(url):
    """Records consumed so far per topic, from the Kafka client metrics a service exports."""
    out = {}
    try:
        u = urllib.parse.urlsplit(url)
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
        c.request("GET", "/q/metrics")
        for line in c.getresponse().read().decode().splitlines():
            if line.startswith("kafka_consumer_fetch_manager_records_consumed_total{") and 'topic="' in line:
                topic = re.search(r'topic="([^"]+)"', line).group(1)
                out[topic] = out.get(topic, 0) + float(line.rsplit(" ", 1)[1])
    except (OSError, ValueError):
        pass
    return out


def pct(xs, p):
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workload", choices=["hot", "spread"], default="hot")
    ap.add_argument("--rate", type=float, default=100, help="articles/s; 0 = as fast as ingest answers")
    ap.add_argument("--seconds", type=float, default=60, help="how long to post (unless --count)")
    ap.add_argument("--count", type=int, default=0, help="post this many articles instead")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--votes", type=int, default=2000, help="distinct votes of the spread workload")
    ap.add_argument("--sample", type=float, default=0.05, help="share of articles whose latency is followed")
    ap.add_argument("--drain", type=float, default=600, help="seconds to wait for the last article to be tallied")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--ingest", default=os.environ.get("VOTEWIRE_INGEST", "http://localhost:8081"))
    ap.add_argument("--gateway", default=os.environ.get("VOTEWIRE_GATEWAY", "http://localhost:8080"))
    ap.add_argument("--json", help="also write the report to this file")
    ap.add_argument("--save", help="only write the articles to this file, one a line (for IngestVsRaw.java)")
    a = ap.parse_args()
    votes = workload(a.workload, a.seed, a.votes)
    total = a.count or int(a.rate * a.seconds) if a.rate else a.count
    if not total:
        sys.exit("--rate 0 needs --count")
    rnd = random.Random(a.seed + 1)
    print(f"generating {total} {a.workload} articles ...", flush=True)
    articles = [json.dumps(article(rnd, votes, a.workload == "hot")).encode() for _ in range(total)]
    if a.save:
        with open(a.save, "wb") as f:
            f.writelines(b + b"\n" for b in articles)
        return
    key = os.environ.get("VOTEWIRE_API_KEY") or sys.exit("VOTEWIRE_API_KEY is not set (deploy/local/run prints it)")
    ids = [json.loads(b)["id"] for b in articles]

    procs = Proc.find()
    cpu0 = {k: Proc.cpu(v) for k, v in procs.items()}
    before = {"extraction": consumed("http://localhost:9082"), "tally": consumed("http://localhost:9083")}
    lock, nxt, acked, refused = threading.Lock(), [0], [], []
    posted_at = [0.0] * total
    t0 = time.time()
    ing = urllib.parse.urlsplit(a.ingest)

    def poster():
        conn = http.client.HTTPConnection(ing.hostname, ing.port, timeout=30)
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= total:
                return
            if a.rate:
                delay = t0 + i / a.rate - time.time()
                if delay > 0:
                    time.sleep(delay)
            start = time.time()
            try:
                conn.request("POST", "/articles", articles[i], {"Content-Type": "application/json",
                                                               "Authorization": "Bearer " + key})
                r = conn.getresponse()
                r.read()
                status = r.status
            except (OSError, http.client.HTTPException):
                conn = http.client.HTTPConnection(ing.hostname, ing.port, timeout=30)
                status = 0
            posted_at[i] = start
            with lock:
                (acked if status in (200, 202) else refused).append((i, time.time() - start, status))

    # post -> tallied latency, followed for a sample, each polled at a twentieth of its age (at least every 50 ms)
    sampled = set(random.Random(a.seed + 2).sample(range(total), max(1, int(total * a.sample))))
    latency, done = {}, threading.Event()
    gw = urllib.parse.urlsplit(a.gateway)

    def follower():
        conn = http.client.HTTPConnection(gw.hostname, gw.port, timeout=30)
        next_poll = {}
        while not done.is_set():
            now = time.time()
            with lock:
                ready = [i for i, _, s in acked if i in sampled and i not in latency and s in (200, 202)]
            due = [i for i in ready if next_poll.get(i, 0) <= now]
            for i in due:
                try:
                    conn.request("GET", f"/articles/{ids[i]}")
                    r = conn.getresponse()
                    body = r.read()
                    status = json.loads(body).get("status") if r.status == 200 else None
                except (OSError, http.client.HTTPException, ValueError):
                    conn = http.client.HTTPConnection(gw.hostname, gw.port, timeout=30)
                    status = None
                t = time.time()
                if status in ("tallied", "failed"):
                    latency[i] = t - posted_at[i]
                else:
                    next_poll[i] = t + max(0.05, (t - posted_at[i]) / 20)
            time.sleep(0.01 if due else 0.02)

    rates, last_seen = [], dict(before)
    def sampler():
        while not done.is_set():
            time.sleep(1)
            now = {"extraction": consumed("http://localhost:9082"), "tally": consumed("http://localhost:9083")}
            rates.append((time.time() - t0, {s: {t: now[s].get(t, 0) - last_seen[s].get(t, 0) for t in now[s]} for s in now}))
            last_seen.update(now)

    threads = [threading.Thread(target=poster) for _ in range(a.connections)]
    watchers = [threading.Thread(target=follower, daemon=True), threading.Thread(target=sampler, daemon=True)]
    for t in threads + watchers:
        t.start()
    for t in threads:
        t.join()
    post_seconds = time.time() - t0
    print(f"posted {len(acked)} ({len(refused)} refused) in {post_seconds:.1f} s; waiting for the tally ...", flush=True)

    # drained: the last accepted article (in posting order) is tallied, and every sampled one is
    last = max((i for i, _, s in acked), default=None)
    deadline, drained_at = time.time() + a.drain, None
    gconn = http.client.HTTPConnection(gw.hostname, gw.port, timeout=30)
    while time.time() < deadline and last is not None:
        gconn.request("GET", f"/articles/{ids[last]}")
        r = gconn.getresponse()
        body = r.read()
        if r.status == 200 and json.loads(body).get("status") in ("tallied", "failed"):
            drained_at = time.time()
            break
        time.sleep(0.1)
    pending_sample = [i for i, _, s in acked if i in sampled and i not in latency]
    while pending_sample and time.time() < deadline:
        time.sleep(0.2)
        pending_sample = [i for i in pending_sample if i not in latency]
    done.set()
    wall = time.time() - t0
    after = {"extraction": consumed("http://localhost:9082"), "tally": consumed("http://localhost:9083")}
    cpu = {k: (Proc.cpu(v) - cpu0.get(k, 0)) / wall for k, v in procs.items()}
    rss = {k: Proc.rss_mb(v) for k, v in procs.items()}

    lat = list(latency.values())
    post_lat = [d for _, d, _ in acked]
    stage = lambda s, t: max((r[1][s].get(t, 0) for r in rates), default=0)
    rep = {
        "workload": a.workload, "rate_target": a.rate or "saturation", "articles": total, "accepted": len(acked),
        "refused": len(refused), "connections": a.connections,
        "ingest_rate": round(len(acked) / post_seconds, 1),
        "ingest_p50_ms": round(pct(post_lat, 50) * 1000, 1), "ingest_p99_ms": round(pct(post_lat, 99) * 1000, 1),
        "tallied_rate": round(len(acked) / (drained_at - t0), 1) if drained_at else None,
        "drain_seconds_after_posting": round(drained_at - t0 - post_seconds, 1) if drained_at else None,
        "extraction_consumed": int(sum(after["extraction"].values()) - sum(before["extraction"].values())),
        "tally_consumed": {t: int(after["tally"].get(t, 0) - before["tally"].get(t, 0)) for t in after["tally"]},
        "peak_per_second": {"extraction articles": stage("extraction", "articles"),
                            "tally vote-events": stage("tally", "vote-events"),
                            "tally articles": stage("tally", "articles")},
        "latency_samples": len(lat), "latency_p50_s": round(pct(lat, 50), 3), "latency_p90_s": round(pct(lat, 90), 3),
        "latency_p99_s": round(pct(lat, 99), 3), "latency_max_s": round(max(lat), 3) if lat else None,
        "cpu_cores": {k: round(v, 2) for k, v in sorted(cpu.items())},
        "rss_mb": {k: round(v) for k, v in sorted(rss.items())},
        "seconds": round(wall, 1),
    }
    print(json.dumps(rep, indent=2))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(rep, f, indent=2)
    if drained_at is None:
        sys.exit("the last article was not tallied within --drain seconds")


if __name__ == "__main__":
    main()
