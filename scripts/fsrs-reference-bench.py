#!/usr/bin/env python3
"""Measure the reference FSRS (PyPI fsrs 6.3.2) on the histories of a vectors file.

Two measurements, the counterparts of `recall fsrs bench` and `recall fsrs replay`:
  core  -- scheduling throughput on histories already in memory (parsed once, schedulers built
           once), in reviews per second: only `review_card` runs in the timed loop.
  replay -- the reference's own end-to-end replay: read the JSONL file, parse it, replay every
           history and compare every recorded value; prints `reviews: N, mismatches: M`.

Usage: scripts/fsrs-reference-bench.py core FILE.jsonl [--seconds 2]
       scripts/fsrs-reference-bench.py replay FILE.jsonl
"""

import argparse
import json
import sys
import time
from datetime import datetime, timezone

try:
    from fsrs import Card, Rating, Scheduler, State
except ImportError:
    sys.exit("error: the reference is missing; run `pip install fsrs==6.3.2`")


def parse_time(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def load(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def schedulers_for(history):
    first = Scheduler.from_dict(history["scheduler"])
    switch = history.get("switch")
    if switch:
        return first, Scheduler.from_dict(switch["scheduler"]), switch["before_review"]
    return first, first, len(history["reviews"])


def core(path, seconds):
    work = []
    for history in load(path):
        first, second, split = schedulers_for(history)
        reviews = [(Rating(r["rating"]), parse_time(r["at"])) for r in history["reviews"]]
        work.append((history["card"]["card_id"], parse_time(history["card"]["due"]), first, second, split, reviews))
    per_pass = sum(len(item[5]) for item in work)
    passes = 0
    checksum = 0.0
    start = time.perf_counter()
    cpu_start = time.process_time()
    while True:
        for card_id, due, first, second, split, reviews in work:
            card = Card(card_id=card_id, due=due)
            for index, (rating, at) in enumerate(reviews):
                scheduler = second if index >= split else first
                card, _ = scheduler.review_card(card, rating, at)
            checksum += card.stability or 0.0
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    cpu = time.process_time() - cpu_start
    print(f"histories: {len(work)}, reviews per pass: {per_pass}, passes: {passes}")
    print(f"reviews: {per_pass * passes}, seconds: {elapsed}, cpu seconds: {cpu}, checksum: {checksum}")
    print(f"cpu reviews/s: {round(per_pass * passes / cpu)}")
    print(f"reviews/s: {round(per_pass * passes / elapsed)}")


def replay(path):
    reviews = 0
    mismatches = 0
    shown = 0
    for history in load(path):
        first, second, split = schedulers_for(history)
        card = Card(card_id=history["card"]["card_id"], due=parse_time(history["card"]["due"]))
        for index, expected in enumerate(history["reviews"]):
            scheduler = second if index >= split else first
            at = parse_time(expected["at"])
            r_before = scheduler.get_card_retrievability(card, at)
            elapsed = (at - card.last_review).days if card.last_review else None
            card, _ = scheduler.review_card(card, Rating(expected["rating"]), at)
            reviews += 1
            got = {
                "state": int(card.state),
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": card.due,
                "last_review": card.last_review,
                "elapsed_days": elapsed,
                "r_before": float(r_before),
            }
            wanted = dict(expected, due=parse_time(expected["due"]), last_review=parse_time(expected["last_review"]))
            fields = [(name, wanted[name], value) for name, value in got.items()]
            for r_index, (moment, value) in enumerate(expected["r"]):
                fields.append((f"r[{r_index}]", value, scheduler.get_card_retrievability(card, parse_time(moment))))
            for name, want, value in fields:
                if want != value:
                    mismatches += 1
                    if shown < 20:
                        shown += 1
                        print(f"{history['id']} review {index}: {name} expected {want}, got {value}")
    print(f"reviews: {reviews}, mismatches: {mismatches}")
    return 1 if mismatches else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["core", "replay"])
    parser.add_argument("file")
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    if args.mode == "core":
        core(args.file, args.seconds)
        return 0
    return replay(args.file)


if __name__ == "__main__":
    sys.exit(main())
