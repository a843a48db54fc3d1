#!/usr/bin/env python3
"""Writes a deck of N cards (default 100,000) mixing every card kind, for the parse benchmark."""
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
rng = random.Random(42)
words = ("treaty signed nuclear council engineers conference coalition program security peace "
         "agency region compact reform dialogue border energy mission charter summit").split()


def phrase(n):
    return " ".join(rng.choice(words) for _ in range(n))


out = ["# Benchmark deck", ""]
cards = 0
topic = 0
while cards < count:
    if cards % 500 == 0:
        topic += 1
        out += [f"## Topic {topic}", ""]
    kind = cards % 4
    if kind == 0:
        out += [f"Q: What {phrase(8)}?", f"A: {phrase(2)}", f"Also: {phrase(2)}"]
    elif kind == 1:
        out += [f"C: In [{1900 + cards % 120}|year] the {phrase(6)} [{phrase(2)}] {phrase(4)}."]
    elif kind == 2:
        out += [f"L: Name the {phrase(3)}."] + [f"- {phrase(2)} {i}" for i in range(4)]
    else:
        right = rng.randrange(4)
        out += [f"M: Which {phrase(6)}?"] + [f"- [{'x' if i == right else ' '}] {phrase(2)} {i}" for i in range(4)]
    out += [f"Tags: t{cards % 7}", f"id: card-{cards}", f"Source: line {cards}", ""]
    cards += 2 if kind == 1 else 1
sys.stdout.write("\n".join(out))
