#!/usr/bin/env python3
"""Recall's FSRS optimizer against the reference (PyPI fsrs-rs-python 0.9.3) on the same histories.

For each history file (one card per line, `milliseconds:rating` pairs): builds the training items
by the reference's rule (one per review after the first whose elapsed whole days are above 0),
fits weights with fsrs-rs (`compute_parameters`, with card ids) and with Recall (`recall fsrs _fit`,
a fresh process under /usr/bin/time), then evaluates the default, reference, Recall and (for
simulated learners) the true weights with the same code: fsrs-rs `FSRS(w).evaluate(items)`.

Usage: python3 scripts/bench-optimize.py RECALL NAME=FILE[=TRUE_WEIGHTS] ...
Prints a Markdown table, then the fit times, their ratio and Recall's peak memory.
"""
import json
import resource
import subprocess
import sys
import time

import fsrs_rs_python as ref

DAY = 86_400_000


def items_of(path):
    rows = []
    with open(path) as f:
        for card, line in enumerate(f):
            previous = None
            reviews = []
            for field in line.split():
                t, r = field.split(":")
                t, r = int(t), int(r)
                days = 0 if previous is None else max((t - previous) // DAY, 0)
                reviews.append((r, days))
                if previous is not None and days > 0:
                    rows.append((t, card, list(reviews)))
                previous = t
    rows.sort(key=lambda x: (x[0], x[1]))
    items = [ref.FSRSItem([ref.FSRSReview(r, d) for r, d in reviews]) for _, _, reviews in rows]
    return items, [card for _, card, _ in rows], sum(1 for _ in open(path))


def recall_fit(recall, path):
    start = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-v", recall, "fsrs", "_fit", path], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    peak = next(int(l.split(":")[1]) for l in run.stderr.splitlines() if "Maximum resident set size" in l)
    result = json.loads(run.stdout)
    return result, wall, peak / 1024


def main():
    recall = sys.argv[1]
    rows = []
    timings = []
    for spec in sys.argv[2:]:
        parts = spec.split("=")
        name, path = parts[0], parts[1]
        truth = [float(x) for x in parts[2].split(",")] if len(parts) > 2 else None
        items, card_ids, cards = items_of(path)
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        reference = ref.FSRS(ref.DEFAULT_PARAMETERS).compute_parameters(items, card_ids=card_ids)
        ref_seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF)
        ref_cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        mine, wall, peak = recall_fit(recall, path)
        losses = {}
        for label, weights in [("default", list(ref.DEFAULT_PARAMETERS)), ("fsrs-rs", reference),
                               ("recall", mine["weights"])] + ([("true", truth)] if truth else []):
            e = ref.FSRS(weights).evaluate(items)
            losses[label] = (e.log_loss, e.rmse_bins)
        gap = (losses["recall"][0] - losses["fsrs-rs"][0]) / losses["fsrs-rs"][0] * 100
        rows.append((name, mine["reviews"], len(items), losses, gap))
        timings.append((name, ref_seconds, mine["seconds"], ref_cpu, mine["cpu_seconds"], wall, peak))
        print(f"{name}: done", file=sys.stderr)
    print("| history | reviews | items | default | fsrs-rs | Recall | Recall vs fsrs-rs | true weights |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, reviews, count, losses, gap in rows:
        cell = lambda k: f"{losses[k][0]:.4f} ({losses[k][1]:.4f})" if k in losses else "-"
        print(f"| {name} | {reviews:,} | {count:,} | {cell('default')} | {cell('fsrs-rs')} | {cell('recall')} "
              f"| {gap:+.2f} % | {cell('true')} |")
    print()
    print("| history | fsrs-rs fit, wall (CPU) | Recall fit, wall (CPU) | ratio wall (CPU) "
          "| Recall process (read + fit) | Recall peak memory |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, ref_seconds, fit, ref_cpu, cpu, wall, peak in timings:
        print(f"| {name} | {ref_seconds:.2f} s ({ref_cpu:.2f} s) | {fit:.2f} s ({cpu:.2f} s) "
              f"| {fit / ref_seconds:.2f} ({cpu / ref_cpu:.2f}) | {wall:.2f} s | {peak:.0f} MiB |")


main()
