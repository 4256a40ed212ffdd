#!/usr/bin/env python3
"""Posts every seed article to ingest, waits until the gateway has tallied them, prints the resolutions found."""
import json, os, pathlib, sys, time, urllib.error, urllib.request

INGEST = os.environ.get("VOTEWIRE_INGEST", "http://localhost:8081")
GATEWAY = os.environ.get("VOTEWIRE_GATEWAY", "http://localhost:8080")


def call(method, url, body=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None, method=method)
    req.add_header("Content-Type", "application/json")
    if os.environ.get("VOTEWIRE_API_KEY"):
        req.add_header("Authorization", "Bearer " + os.environ["VOTEWIRE_API_KEY"])
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def main(folder):
    ids = []
    for f in sorted(pathlib.Path(folder).iterdir()):
        if f.suffix == ".json":
            art = json.loads(f.read_text())
        else:
            art = {"id": "seed-" + f.stem, "body": f.read_text()}
        status, answer = call("POST", INGEST + "/articles", art)
        if status not in (200, 202):
            sys.exit(f"ingest refused {f.name}: {status} {answer}")
        ids.append(answer["id"])
    deadline = time.time() + 120
    pending = set(ids)
    while pending and time.time() < deadline:
        for aid in sorted(pending):
            status, answer = call("GET", f"{GATEWAY}/articles/{aid}")
            if status == 200 and answer["status"] in ("tallied", "failed"):
                pending.discard(aid)
        time.sleep(0.3)
    print(f"ingested {len(ids)} seed articles; {len(ids) - len(pending)} processed")
    items, cursor = [], None
    while True:
        status, page = call("GET", f"{GATEWAY}/resolutions?limit=200" + (f"&cursor={cursor}" if cursor else ""))
        items += page["items"]
        cursor = page["next"]
        if not cursor:
            break
    rows = [("BODY", "DATE", "TITLE", "YES", "NO", "ABST", "OUTCOME", "SOURCES", "CONFLICTS")]
    for r in items:
        c = r.get("counts") or {}
        fmt = lambda v: "-" if v is None else str(v)
        # date_text: "24 Feb 2025", or "24 Feb" where the articles give the day but no year
        rows.append((r["body"], r.get("date_text") or r.get("date") or "-", shorten(r.get("title") or "-", 48), fmt(c.get("yes")), fmt(c.get("no")),
                     fmt(c.get("abstain")), r.get("outcome") or "-", str(r["sources"]), str(len(r.get("conflicts") or []))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(v.ljust(widths[i]) for i, v in enumerate(row)))


def shorten(text, width):
    """The title cut at a word boundary, with an ellipsis, so no word is shown cut in half."""
    if len(text) <= width:
        return text
    cut = text[:width - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds")
