#!/usr/bin/env python3
"""The peers' side of `Scripts/bench --peers`: the same workload through Python.

Usage: peers.py EVENTS.jsonl WORKDIR  (prints one JSON object with the peers' rates)

Reads a ClearLedger events file (the synthetic workload `ledger-bench` writes) and times, on
this machine, in this process:
  es_append      eventsourcing 9.5.6 on SQLite: one aggregate per stream, each event an
                 aggregate event carrying type, effective day and payload; saved in batches
                 of 100 events (durable: each batch one committed transaction)
  es_replay      `repository.get` of every aggregate (every event read and applied)
  sqlite_insert  plain sqlite3: the same envelopes inserted into one table, one transaction
  sqlite_fold    plain sqlite3: every row read, its payload decoded with json.loads, and folded
                 into a per-stream dict of counts and the last status
  hashlib_verify the SHA-256 chain of the same envelopes recomputed with hashlib, in
                 ClearLedger's byte layout (a mismatch is counted and reported)
Each figure is events per second over the whole file.
"""
import hashlib
import json
import os
import sqlite3
import sys
import time
import uuid

path, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
lines = [json.loads(line) for line in open(path, encoding="utf-8")]
n = len(lines)
result = {"peer_events": n}


def rate(seconds):
    return round(n / max(seconds, 1e-9))


# eventsourcing -----------------------------------------------------------------------------
es_db = os.path.join(work, "eventsourcing.db")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(es_db + suffix):
        os.remove(es_db + suffix)
os.environ["PERSISTENCE_MODULE"] = "eventsourcing.sqlite"
os.environ["SQLITE_DBNAME"] = es_db
from eventsourcing.application import Application  # noqa: E402
from eventsourcing.domain import Aggregate, event  # noqa: E402

NAMESPACE = uuid.UUID("6f1c1d2e-0000-4000-8000-000000000000")


class Stream(Aggregate):
    """One ClearLedger stream: a task, a unit, a plan."""

    @staticmethod
    def create_id(name):
        return uuid.uuid5(NAMESPACE, name)

    def __init__(self, name):
        self.name = name
        self.counts = {}
        self.status = None

    @event("Recorded")
    def record(self, type, effective, payload):
        self.counts[type] = self.counts.get(type, 0) + 1
        if type.startswith("task."):
            self.status = type


class Ledger(Application):
    pass


app = Ledger()
streams = {}
pending = set()
started = time.perf_counter()
for index, line in enumerate(lines, 1):
    name = line["stream"]
    aggregate = streams.get(name)
    if aggregate is None:
        aggregate = streams[name] = Stream(name)
    aggregate.record(line["type"], line["effective"], line["payload"])
    pending.add(name)
    if index % 100 == 0:
        app.save(*(streams[s] for s in pending))
        pending.clear()
if pending:
    app.save(*(streams[s] for s in pending))
result["peer_es_append_events_per_s"] = rate(time.perf_counter() - started)
ids = [aggregate.id for aggregate in streams.values()]
del streams
app = Ledger()  # a new application: nothing cached
started = time.perf_counter()
replayed = 0
for aggregate_id in ids:
    replayed += app.repository.get(aggregate_id).version
result["peer_es_replay_events_per_s"] = rate(time.perf_counter() - started)
# Every aggregate has its creation event besides the ledger's events.
result["peer_es_replayed_events"] = replayed

# Plain sqlite3 -----------------------------------------------------------------------------
plain_db = os.path.join(work, "plain.db")
if os.path.exists(plain_db):
    os.remove(plain_db)


def canonical(payload):
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


rows = [
    (l["position"], l["stream"], l["version"], l["type"], l["schema_version"], l["effective"],
     l["recorded"], l["actor"], canonical(l["payload"]), l["prev_hash"], l["hash"])
    for l in lines
]
connection = sqlite3.connect(plain_db, isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA synchronous=FULL")
connection.execute(
    "CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT, version INTEGER,"
    " type TEXT, schema_version INTEGER, effective TEXT, recorded TEXT, actor TEXT,"
    " payload TEXT, prev_hash TEXT, hash TEXT, UNIQUE (stream, version))")
started = time.perf_counter()
connection.execute("BEGIN")
connection.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
connection.execute("COMMIT")
result["peer_sqlite_insert_events_per_s"] = rate(time.perf_counter() - started)

started = time.perf_counter()
states = {}
for stream, type_, effective, payload in connection.execute(
        "SELECT stream, type, effective, payload FROM events ORDER BY position"):
    body = json.loads(payload)
    state = states.setdefault(stream, {"events": 0, "status": None, "due": None})
    state["events"] += 1
    if type_.startswith("task."):
        state["status"] = type_
        if "new_due" in body:
            state["due"] = body["new_due"]
result["peer_sqlite_fold_events_per_s"] = rate(time.perf_counter() - started)

# hashlib over the chain ---------------------------------------------------------------------
TAG = b"clearledger-event-v1"


def part(data):
    return str(len(data)).encode() + b":" + data


started = time.perf_counter()
mismatches = 0
previous = "0" * 64
for row in connection.execute(
        "SELECT position, stream, version, type, schema_version, effective, recorded, actor,"
        " payload, prev_hash, hash FROM events ORDER BY position"):
    position, stream, version, type_, schema, effective, recorded, actor, payload, link, stored = row
    data = b"".join(part(x) for x in (
        TAG, str(position).encode(), stream.encode(), str(version).encode(), type_.encode(),
        str(schema).encode(), effective.encode(), recorded.encode(), actor.encode(),
        payload.encode(), link.encode()))
    if link != previous or hashlib.sha256(data).hexdigest() != stored:
        mismatches += 1
    previous = stored
result["peer_hashlib_verify_events_per_s"] = rate(time.perf_counter() - started)
result["peer_hashlib_mismatches"] = mismatches
connection.close()
print(json.dumps(result))
