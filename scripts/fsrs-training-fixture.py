#!/usr/bin/env python3
"""Writes Tests/RecallCoreTests/Fixtures/fsrs/training-reference.json: small review histories and
what the reference optimizer (PyPI fsrs-rs-python 0.9.3) computes from them.

Histories are made by a seeded random learner (ratings drawn from a forgetting curve). The items
follow the reference's rule (Anki's conversion for fsrs-rs): one item per review after the first
whose elapsed whole days are above 0, holding every earlier review; days are floored 24-hour
periods, negative gaps count as 0. The reference then gives: the outlier filter's output counts,
the pre-trained weights (a fit with 0 epochs returns the initial weights), a full fit (fewer than
512 items make one batch, so the batch order cannot matter), the log loss / RMSE of weights, and
the time-series split evaluation.

Usage: python3 scripts/fsrs-training-fixture.py
"""
import json
import math
import random
from pathlib import Path

import fsrs_rs_python as ref

DAY = 86_400_000


def history(rng, start):
    """One card's (time_ms, rating) list."""
    events = []
    t = start
    stability = rng.choice([0.5, 1.5, 3.0, 8.0])
    first = rng.choices([1, 2, 3, 4], [0.25, 0.1, 0.5, 0.15])[0]
    events.append((t, first))
    if first == 1:  # a same-day relearning step
        t += 10 * 60_000
        events.append((t, 3))
    for _ in range(rng.randint(1, 7)):
        gap = max(1, round(stability * rng.uniform(0.6, 1.6)))
        t += gap * DAY + rng.randint(-3, 3) * 3_600_000
        recall = (1 + gap / (9 * stability)) ** -0.5
        rating = rng.choices([2, 3, 4], [0.15, 0.7, 0.15])[0] if rng.random() < recall else 1
        events.append((t, rating))
        stability = stability * (2.5 if rating > 1 else 0.4)
        if rating == 1:
            t += 15 * 60_000
            events.append((t, 3))
    return events


def items_of(events, card):
    out = []
    reviews = []
    previous = None
    for t, rating in events:
        days = 0 if previous is None else max((t - previous) // DAY, 0)
        reviews.append((rating, days))
        if previous is not None and days > 0:
            out.append((t, card, list(reviews)))
        previous = t
    return out


def make(seed, cards):
    rng = random.Random(seed)
    histories = [history(rng, 1_700_000_000_000 + rng.randint(0, 60) * DAY) for _ in range(cards)]
    items = []
    for card, events in enumerate(histories):
        items += items_of(events, card)
    items.sort(key=lambda x: (x[0], x[1]))
    return histories, items


def fsrs_items(items):
    return [ref.FSRSItem([ref.FSRSReview(r, d) for r, d in reviews]) for _, _, reviews in items]


def case(seed, cards):
    histories, items = make(seed, cards)
    fitems = fsrs_items(items)
    init = [i for i in fitems if i.long_term_review_cnt() == 1]
    kept_init, kept_train = ref.filter_outlier(init, fitems)
    model = ref.FSRS(ref.DEFAULT_PARAMETERS)
    pretrained = model.compute_parameters(fitems, training_config=ref.TrainingConfig(num_epochs=0))
    fitted = model.compute_parameters(fitems)
    evaluations = {}
    for name, weights in [("default", list(ref.DEFAULT_PARAMETERS)), ("fitted", fitted)]:
        e = ref.FSRS(weights).evaluate(fitems)
        evaluations[name] = {"log_loss": e.log_loss, "rmse_bins": e.rmse_bins}
    split = ref.evaluate_with_time_series_splits(fitems)
    return {
        "seed": seed,
        "time_series": {"log_loss": split.log_loss, "rmse_bins": split.rmse_bins},
        "histories": [[[t, r] for t, r in h] for h in histories],
        "items": [{"card": card, "reviews": [[r, d] for r, d in reviews]} for _, card, reviews in items],
        "long_term_counts": [i.long_term_review_cnt() for i in fitems],
        "outlier_kept_initialization": len(kept_init),
        "outlier_kept_training": len(kept_train),
        "pretrained": pretrained,
        "fitted": fitted,
        "evaluations": evaluations,
    }


def main():
    cases = [case(7, 120), case(11, 160)]
    path = Path(__file__).resolve().parent.parent / "Tests/RecallCoreTests/Fixtures/fsrs/training-reference.json"
    path.write_text(json.dumps({"reference": "fsrs-rs-python 0.9.3", "cases": cases}, indent=1) + "\n")
    for c in cases:
        print(f"seed {c['seed']}: {len(c['items'])} items, kept {c['outlier_kept_training']}, "
              f"pretrained {[round(x, 4) for x in c['pretrained'][:4]]}, loss {c['evaluations']}")


main()
