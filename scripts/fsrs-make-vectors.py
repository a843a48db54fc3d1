#!/usr/bin/env python3
"""Make FSRS reference histories (JSON Lines, the vectors format) with the real reference.

Needs `pip install fsrs==6.3.2`. Each history uses its own scheduler: weights drawn inside the
bounds, desired retention from 0.7 to 0.97, varied learning and relearning steps (including none
and odd seconds, whose "hard" intervals are half seconds), maximum intervals from 1 day up, and
sometimes a switch to another scheduler part-way. Review times follow the due dates with early,
late, same-day and (rarely) out-of-order reviews.

Usage: scripts/fsrs-make-vectors.py [--count 200] [--seed 6302] > vectors.jsonl
"""

import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone

try:
    import fsrs
    from fsrs import Card, Rating, Scheduler
    from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
except ImportError:
    sys.exit("error: the reference is missing; run `pip install fsrs==6.3.2`")

STEP_CHOICES = [
    [],
    [60],
    [30],
    [25, 605],
    [60, 600],
    [1, 3],
    [7, 61, 3601],
    [120, 86400],
    [60, 300, 1800, 7200],
    [259200],
    [45, 90000],
]
RELEARN_CHOICES = [[], [600], [45], [33], [300, 3600], [60, 600, 172800], [7, 86401]]
MAX_INTERVALS = [1, 2, 3, 30, 365, 1000, 36500]


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def make_weights(rng):
    kind = rng.random()
    if kind < 0.2:
        return list(DEFAULT_PARAMETERS)
    weights = []
    for default, low, high in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        roll = rng.random()
        if kind > 0.9 and roll < 0.15:
            value = low if roll < 0.075 else high
        elif kind < 0.6:
            value = min(max(default * rng.uniform(0.5, 1.5), low), high)
        else:
            value = rng.uniform(low, min(high, max(default * 4, low + 1)))
        weights.append(round(value, rng.choice([4, 6, 17])))
    return [min(max(w, low), high) for w, low, high in zip(weights, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)]


def make_scheduler(rng):
    retention = rng.choice([0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, round(rng.uniform(0.7, 0.97), 4)])
    return Scheduler(
        parameters=make_weights(rng),
        desired_retention=retention,
        learning_steps=[timedelta(seconds=s) for s in rng.choice(STEP_CHOICES)],
        relearning_steps=[timedelta(seconds=s) for s in rng.choice(RELEARN_CHOICES)],
        maximum_interval=rng.choice(MAX_INTERVALS) if rng.random() < 0.4 else 36500,
        enable_fuzzing=False,
    )


def next_time(rng, card, now):
    roll = rng.random()
    if roll < 0.03:
        return now - timedelta(milliseconds=rng.randint(1, 3 * 86400000))  # clock went backwards
    if roll < 0.15:
        return now + timedelta(milliseconds=rng.randint(0, 86399999))  # same day
    if roll < 0.2:
        return now + timedelta(milliseconds=rng.choice([86399999, 86400000, 86400001]))  # the 24-hour line
    late = (card.due - now) * rng.uniform(0.3, 2.5)
    return now + max(late, timedelta(0)) + timedelta(milliseconds=rng.randint(0, 3600000))


def rating_for(rng, r):
    if rng.random() < max(r, 0.3):
        return Rating(rng.choices([2, 3, 4], [0.15, 0.7, 0.15])[0])
    return Rating.Again


def history(rng, index, prefix):
    first = make_scheduler(rng)
    second = make_scheduler(rng) if rng.random() < 0.25 else None
    count = rng.randint(1, 40)
    switch_at = rng.randint(1, max(1, count - 1)) if second else None
    start = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(milliseconds=rng.randint(0, 400 * 86400000))
    card_id = int(start.timestamp() * 1000)
    card = Card(card_id=card_id, due=start)
    record = {
        "id": f"{prefix}-{index:04d}",
        "fsrs_version": fsrs.__version__ if hasattr(fsrs, "__version__") else "6.3.2",
        "scheduler": first.to_dict(),
        "switch": {"before_review": switch_at, "scheduler": second.to_dict()} if second else None,
        "card": {"card_id": card_id, "due": iso(start)},
        "reviews": [],
    }
    now = start + timedelta(milliseconds=rng.randint(0, 86400000))
    for number in range(count):
        scheduler = second if second and number >= switch_at else first
        r_before = scheduler.get_card_retrievability(card, now)
        rating = rating_for(rng, r_before if card.last_review else 0.9)
        elapsed = (now - card.last_review).days if card.last_review else None
        card, _ = scheduler.review_card(card, rating, now)
        probes = [card.due, now + timedelta(days=1), now + timedelta(days=10)]
        probes.append(now + timedelta(milliseconds=rng.randint(-86400000, 400 * 86400000)))
        record["reviews"].append(
            {
                "rating": int(rating),
                "at": iso(now),
                "elapsed_days": elapsed,
                "r_before": float(r_before),
                "state": int(card.state),
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": iso(card.due),
                "last_review": iso(card.last_review),
                "r": [[iso(t), scheduler.get_card_retrievability(card, t)] for t in probes],
            }
        )
        now = next_time(rng, card, now)
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=6302)
    parser.add_argument("--prefix", default="gen")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for index in range(args.count):
        print(json.dumps(history(rng, index, args.prefix), separators=(",", ":")))


if __name__ == "__main__":
    main()
