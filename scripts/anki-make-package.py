#!/usr/bin/env python3
"""Builds Anki packages with Anki's own backend (PyPI anki==26.9.3), for Recall's import tests
and benchmark, and writes what Anki itself computes for them.

  anki-make-package.py fixture OUT_DIR
      OUT_DIR/current.apkg (collection.anki21b), legacy.apkg (legacy layout), current.colpkg and
      expected.json: every card's guid, template ordinal, answered reviews, queue, and the FSRS
      memory state (stability, difficulty) that Anki computes from its review log.
  anki-make-package.py read PACKAGE
      imports PACKAGE into a new collection with Anki's own importer and prints what it holds as
      JSON: notes (guid, note type, deck, fields, tags), cards and review log rows.
  anki-make-package.py time-import PACKAGE
      imports PACKAGE into a new collection with Anki's importer and prints the seconds it took
      and the peak memory of this process (the reference for the import benchmark).
  anki-make-package.py big OUT.apkg [NOTES] [REVIEWS]
      a package with NOTES notes (default 100000) and REVIEWS review log rows (default 2000000).

Review times are fixed (seeded), so every run builds the same history.
"""
import json
import os
import random
import sqlite3
import sys
import tempfile
import zipfile

from anki.collection import (AddNoteRequest, Collection, ExportAnkiPackageOptions, ImportAnkiPackageOptions,
                             ImportAnkiPackageRequest)

DAY = 86400
# 2026-01-05 00:00 UTC: the fixture's history runs from here for a few months.
BASE = 1767571200


def new_collection():
    folder = tempfile.mkdtemp(prefix="recall-anki-")
    return Collection(os.path.join(folder, "collection.anki2")), folder


def add(col, notetype, deck, fields, tags=()):
    model = col.models.by_name(notetype)
    note = col.new_note(model)
    for name, value in fields.items():
        note[name] = value
    note.tags = list(tags)
    col.add_note(note, col.decks.id(deck))
    return note


def history(rng, start, count):
    """A plausible review history: learning steps the first day, then reviews at growing gaps."""
    entries = []
    t = start
    entries.append((t, 3, 0, -600))
    t += 600 + rng.randint(0, 120)
    entries.append((t, 3, 0, 1))
    gap = 1
    lapsed = False
    for _ in range(count - 2):
        t += gap * DAY + rng.randint(-3 * 3600, 3 * 3600)
        ease = rng.choices([1, 2, 3, 4], weights=[1, 2, 6, 1])[0]
        if lapsed:
            entries.append((t, 3, 2, 1))
            lapsed = False
            gap = 1
            continue
        if ease == 1:
            entries.append((t, 1, 1, -600))
            t += 600
            lapsed = True
            gap = 0
        else:
            gap = min(20, max(1, int(gap * {2: 1.2, 3: 2.5, 4: 3.5}[ease])))
            entries.append((t, ease, 1, gap))
    # A same-day review rated hard, then again and relearning the same day.
    t += 2 * DAY
    entries.append((t, 2, 1, 3))
    entries.append((t + 3600, 1, 1, -600))
    entries.append((t + 4200, 3, 2, 1))
    return entries


def insert_reviews(col, card, entries, seq):
    for t, ease, kind, ivl in entries:
        seq[0] += 1
        col.db.execute(
            "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?,?,?,?,?,?,?,?,?)",
            t * 1000 + seq[0] % 1000, card.id, -1, ease, ivl, 0, 2500, 4000 + seq[0] % 7000, kind)
    last = entries[-1]
    col.db.execute("update cards set type = 2, queue = 2, ivl = ?, due = ?, reps = ? where id = ?",
                   max(last[3], 1), col.sched.today + 3, len(entries), card.id)


def fixture(out):
    col, _ = new_collection()
    rng = random.Random(11)
    notes = []
    notes.append(add(col, "Basic", "Spanish", {"Front": "to speak", "Back": "hablar"}, ["verbs", "core"]))
    notes.append(add(col, "Basic (and reversed card)", "Spanish::Verbs", {"Front": "to eat", "Back": "comer"}))
    notes.append(add(col, "Basic (optional reversed card)", "Spanish::Verbs",
                     {"Front": "to live", "Back": "vivir", "Add Reverse": "y"}))
    notes.append(add(col, "Basic (optional reversed card)", "Spanish::Verbs",
                     {"Front": "to drink", "Back": "beber"}))
    notes.append(add(col, "Basic (type in the answer)", "Spanish::Nouns", {"Front": "the house", "Back": "la casa"}))
    notes.append(add(col, "Cloze", "Spanish::Grammar",
                     {"Text": "{{c1::Ser::verb}} is for {{c2::essence}}, {{c1::estar}} for {{c3::states::what}}."},
                     ["grammar"]))
    notes.append(add(col, "Cloze", "Spanish::Grammar",
                     {"Text": "{{c1::Madrid is the {{c2::capital}} of Spain}}."}))
    notes.append(add(col, "Basic", "Spanish::Nouns",
                     {"Front": "<div>the <b>caf&eacute;</b>&nbsp;&amp; <i>tea</i></div><div>(two words)</div>",
                      "Back": "el caf&eacute; y el t&eacute;<br>el&nbsp;t&#233;<ul><li>uno</li><li>dos</li></ul>"},
                     ["html"]))
    notes.append(add(col, "Basic", "Spanish::Nouns",
                     {"Front": 'the dog <img src="perro.jpg">', "Back": "el perro [sound:perro.mp3]"}, ["media"]))
    notes.append(add(col, "Basic", "Spanish::Nouns",
                     {"Front": "the \x1b[31mred\x1b[0m wine\x07", "Back": "el vino tinto"}, ["escapes"]))
    with open(os.path.join(col.media.dir(), "perro.jpg"), "wb") as f:
        f.write(b"\xff\xd8\xff\xe0 not really a jpeg")
    with open(os.path.join(col.media.dir(), "perro.mp3"), "wb") as f:
        f.write(b"ID3 not really an mp3")
    seq = [0]
    cards = [card for note in notes for card in note.cards()]
    for index, card in enumerate(cards):
        if index == len(cards) - 1:
            continue  # one card stays new
        start = BASE + index * 3 * DAY + rng.randint(0, 6 * 3600)
        insert_reviews(col, card, history(rng, start, 8 + index % 6), seq)
    col.db.execute("update cards set queue = -1 where id = ?", cards[0].id)
    col.db.execute("update cards set queue = -3 where id = ?", cards[1].id)
    col.fix_integrity()
    expected = []
    for note in notes:
        model = note.note_type()
        for card in note.cards():
            state = col._backend.compute_memory_state(card.id).state
            answered = col.db.scalar("select count() from revlog where cid = ? and ease > 0", card.id)
            queue = col.db.scalar("select queue from cards where id = ?", card.id)
            expected.append({
                "guid": note.guid, "ord": card.ord, "notetype": model["name"], "reviews": answered, "queue": queue,
                "stability": state.stability if answered else None,
                "difficulty": state.difficulty if answered else None,
            })
    os.makedirs(out, exist_ok=True)
    for name, legacy in (("current.apkg", False), ("legacy.apkg", True)):
        col.export_anki_package(
            out_path=os.path.join(out, name),
            options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=True,
                                             legacy=legacy),
            limit=None)
    col.export_collection_package(os.path.join(out, "current.colpkg"), include_media=True, legacy=False)
    # The oldest layout: a schema 11 collection as collection.anki2, no meta entry.
    with zipfile.ZipFile(os.path.join(out, "legacy.apkg")) as source, \
            zipfile.ZipFile(os.path.join(out, "oldest.apkg"), "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("collection.anki2", source.read("collection.anki21"))
        target.writestr("media", source.read("media"))
    bad(out)
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump({"cards": expected}, f, indent=1)
    col.close()


def bad(out):
    """Packages a reader must refuse: each with the reason in its name."""
    with open(os.path.join(out, "not-a-zip.apkg"), "wb") as f:
        f.write(b"SQLite format 3\0 but not a zip at all")
    with zipfile.ZipFile(os.path.join(out, "no-collection.apkg"), "w") as z:
        z.writestr("media", "{}")
        z.writestr("readme.txt", "nothing here")
    with open(os.path.join(out, "current.apkg"), "rb") as f:
        data = f.read()
    with open(os.path.join(out, "truncated.apkg"), "wb") as f:
        f.write(data[: len(data) * 2 // 3])
    with zipfile.ZipFile(os.path.join(out, "corrupt.apkg"), "w") as z:
        z.writestr("collection.anki21", b"SQLite format 3\0" + bytes(range(256)) * 40)
    with zipfile.ZipFile(os.path.join(out, "bad-zstd.apkg"), "w") as z:
        z.writestr("meta", b"\x08\x03")
        z.writestr("collection.anki21b", b"\x28\xb5\x2f\xfd" + b"garbage" * 100)
    folder = tempfile.mkdtemp(prefix="recall-anki-")
    db = sqlite3.connect(os.path.join(folder, "c.db"))
    db.execute("create table col (id integer primary key, ver integer)")
    db.execute("insert into col values (1, 99)")
    db.commit()
    db.close()
    with zipfile.ZipFile(os.path.join(out, "unknown-schema.apkg"), "w") as z:
        z.write(os.path.join(folder, "c.db"), "collection.anki21")
    # 64 MiB of zeros compress to some 64 KiB: a small zip bomb for a small unpack limit.
    with zipfile.ZipFile(os.path.join(out, "bomb.apkg"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("collection.anki21", bytes(64 << 20))


def read(package):
    col, _ = new_collection()
    request = ImportAnkiPackageRequest(
        package_path=os.path.abspath(package),
        options=ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False))
    col.import_anki_package(request)
    notes = []
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        cards = note.cards()
        notes.append({
            "guid": note.guid, "notetype": note.note_type()["name"], "fields": list(note.fields),
            "tags": note.tags, "deck": col.decks.name(cards[0].did) if cards else None, "cards": len(cards),
            "queues": sorted(card.queue for card in cards),
        })
    print(json.dumps({
        "notes": notes,
        "cards": col.card_count(),
        "reviews": col.db.scalar("select count() from revlog"),
        "decks": sorted(d.name for d in col.decks.all_names_and_ids()),
    }, indent=1))
    col.close()


def insert_rows(col, rows):
    """Review log rows in statements of 5000 literal rows (the DB proxy's executemany makes one
    backend call a row, far too slow for millions)."""
    for start in range(0, len(rows), 5000):
        values = ",".join("(%d,%d,%d,%d,%d,%d,%d,%d,%d)" % row for row in rows[start:start + 5000])
        col.db.execute("insert into revlog (id,cid,usn,ease,ivl,lastIvl,factor,time,type) values " + values)


def time_import(package):
    import resource
    import time
    col, _ = new_collection()
    request = ImportAnkiPackageRequest(
        package_path=os.path.abspath(package),
        options=ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False))
    start = time.monotonic()
    col.import_anki_package(request)
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 2), "peak_mib": round(peak, 1),
                      "notes": col.note_count(), "cards": col.card_count(),
                      "reviews": col.db.scalar("select count() from revlog")}))
    col.close()


def big(out, notes_count, reviews_count):
    col, _ = new_collection()
    rng = random.Random(7)
    model = col.models.by_name("Basic")
    deck = col.decks.id("Big")
    per_note = max(1, reviews_count // notes_count)
    extra = reviews_count - per_note * notes_count
    requests = []
    for i in range(notes_count):
        note = col.new_note(model)
        note["Front"] = f"question {i} <b>bold</b>"
        note["Back"] = f"answer {i}"
        requests.append(AddNoteRequest(note=note, deck_id=deck))
    col.add_notes(requests)
    card_ids = col.db.list("select id from cards order by id")
    rows = []
    seq = 0
    used = set()
    for index, cid in enumerate(card_ids):
        count = per_note + (1 if index < extra else 0)
        t = BASE - 1500 * DAY + rng.randint(0, 200 * DAY)
        gap = 1
        for n in range(count):
            ease = 3 if n < 2 else rng.choices([1, 2, 3, 4], weights=[1, 2, 6, 1])[0]
            seq += 1
            rid = t * 1000 + seq % 1000
            while rid in used:
                rid += 1
            used.add(rid)
            rows.append((rid, cid, -1, ease, gap, 0, 2500, 5000, 0 if n < 2 else 1))
            t += gap * DAY // (1 if n >= 2 else 2) + rng.randint(0, 3600)
            gap = min(40, max(1, gap * 2 if ease > 1 else 1))
        if len(rows) > 200000:
            insert_rows(col, rows)
            rows = []
    if rows:
        insert_rows(col, rows)
    col.db.execute("update cards set type = 2, queue = 2, ivl = 10, due = ?", col.sched.today + 5)
    col.fix_integrity()
    col.export_anki_package(
        out_path=out,
        options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=False, legacy=False),
        limit=None)
    col.close()


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "fixture":
        fixture(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "read":
        read(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "time-import":
        time_import(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "big":
        big(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 100000,
            int(sys.argv[4]) if len(sys.argv) > 4 else 2000000)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
