#!/usr/bin/env python3
"""Report on hand ratings of generated decks for the development corpus (eval/corpus/).

    scripts/corpus-report.py [--decks DIR] [--set NAME] [--markdown] [--unrated] [--strict]

Reads, for every document eval/corpus/NAME.txt, its key facts (NAME.facts.json), the deck made
by scripts/corpus-decks.sh (DIR/NAME.json, default .build/corpus-decks) and the hand ratings
(NAME.ratings.tsv, or NAME.SET.ratings.tsv with --set SET), and prints the figures that
../shared/eval/RATING.md asks for, per document and overall.

A ratings file has one line per card, tab-separated:
    card id, rating (good|acceptable|bad), class (bad only: options, gap, leak, context,
    grammar, hint, wrong, length), fact ids the card asks (comma-separated, may be empty),
    a few words why, and (optional) the card's fingerprint: a hash of its type, prompt, answer,
    hint and options, so that a card that keeps its id but changes its text counts as unrated.
Lines starting with '#' are comments. The markdown table also shows the reference scorer's recall (DIR/NAME.score.json; the overall
figure is the mean over documents). A fact id NAME-L<n> (a whole list) also counts its items
NAME-L<n>.<k>; a list counts as asked when all its items are.

Usable and good shares are of the rated cards; cards per key fact counts every card of the deck.
Ratings are checked against the deck's current card ids: cards without a rating ("unrated", e.g.
after the generator changed) and ratings of cards no longer in the deck ("stale") are listed;
--unrated prints the unrated cards in full, ready to rate; --strict exits 1 if any are found.
--seed-from OLD[,OLDER...] (with --set NEW) starts NAME.NEW.ratings.tsv from the ratings of the
sets named ("baseline" or "" for NAME.ratings.tsv), the first that has the card winning: ratings of
cards whose id and fingerprint are unchanged are copied, the others are left to rate; --made-by TEXT
(with --seed-from) names what made the decks in the new files' header, e.g. a commit ("main at
1a2b3c4"), never a machine path; --fingerprint adds missing fingerprints to the ratings files from the current decks.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import sys

RATINGS = ("good", "acceptable", "bad")
CLASSES = ("options", "gap", "leak", "context", "grammar", "hint", "wrong", "length")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def fingerprint(card):
    """A short hash of what the learner sees of a card."""
    keys = ("type", "prompt", "answer", "hint", "options")
    text = json.dumps({k: card.get(k) for k in keys}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def ratings_path(corpus, name, set_name):
    suffix = f".{set_name}.ratings.tsv" if set_name else ".ratings.tsv"
    return os.path.join(corpus, name + suffix)


def read_ratings(path, known_facts):
    """Returns ({card id: (rating, class, [fact ids], why, fingerprint)}, [problems])."""
    rows, problems = {}, []
    if not os.path.exists(path):
        return rows, problems
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            problems.append(f"{path}:{n}: expected at least 4 tab-separated columns")
            continue
        cid, rating, cls, facts = (c.strip() for c in cols[:4])
        why = cols[4].strip() if len(cols) > 4 else ""
        fp = cols[5].strip() if len(cols) > 5 else ""
        if rating not in RATINGS:
            problems.append(f"{path}:{n}: rating '{rating}' is not one of {', '.join(RATINGS)}")
            continue
        if rating == "bad" and cls not in CLASSES:
            problems.append(f"{path}:{n}: a bad card needs a class ({', '.join(CLASSES)}), not '{cls}'")
        if rating != "bad" and cls:
            problems.append(f"{path}:{n}: only bad cards have a class ('{cls}')")
        ids = [f for f in (x.strip() for x in facts.split(",")) if f]
        for f in ids:
            if f not in known_facts:
                problems.append(f"{path}:{n}: unknown fact id '{f}'")
        if cid in rows:
            problems.append(f"{path}:{n}: card '{cid}' is rated twice")
        rows[cid] = (rating, cls, ids, why, fp)
    return rows, problems


def write_ratings(path, header, deck, ratings):
    """Writes ratings in the deck's order (cards without a rating are left out)."""
    lines = [f"# {header}", "# card id\trating\tclass\tfact ids\twhy\tfingerprint"]
    for c in deck:
        if c["id"] in ratings:
            rating, cls, ids, why, _ = ratings[c["id"]]
            lines.append("\t".join([c["id"], rating, cls, ",".join(ids), why, fingerprint(c)]))
    open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")


def covered_facts(facts, asked):
    """Fact ids asked, with a whole list covering its items and all items covering the list."""
    ids = [f["id"] for f in facts]
    got = set(asked)
    for f in ids:
        if re.search(r"-L\d+$", f) and f in got:
            got.update(g for g in ids if g.startswith(f + "."))
    for f in ids:
        if re.search(r"-L\d+$", f):
            items = [g for g in ids if g.startswith(f + ".")]
            if items and all(g in got for g in items):
                got.add(f)
    return got & set(ids)


def card_text(card):
    opts = f"  options: {' | '.join(card['options'])}" if card.get("options") else ""
    hint = f"  hint: {card['hint']}" if card.get("hint") else ""
    ans = card.get("answer")
    ans = "; ".join(ans) if isinstance(ans, list) else ans
    return f"{card['id']}\t[{card.get('type')}] {card.get('prompt')}  => {ans}{hint}{opts}"


def share(part, whole):
    """`part` of `whole` as a percentage with one decimal (bad shares sit near the 5% target)."""
    return f"{100 * part / whole:.1f}%" if whole else "-"


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--decks", default=os.path.join(ROOT, ".build", "corpus-decks"))
    ap.add_argument("--set", default="", help="ratings set: read NAME.SET.ratings.tsv")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "eval", "corpus"))
    ap.add_argument("--markdown", action="store_true", help="also print a markdown table")
    ap.add_argument("--unrated", action="store_true", help="print unrated cards in full")
    ap.add_argument("--strict", action="store_true", help="exit 1 on unrated or stale ratings")
    ap.add_argument("--seed-from", default=None, metavar="OLD[,OLDER]",
                    help="start the --set ratings from these sets ('baseline' or ''), unchanged cards only")
    ap.add_argument("--made-by", default="", metavar="TEXT",
                    help="with --seed-from: what made the decks (e.g. 'main at 1a2b3c4'), for the header")
    ap.add_argument("--fingerprint", action="store_true",
                    help="add missing fingerprints to the ratings files from the current decks")
    args = ap.parse_args(argv)

    if args.set == "baseline":
        args.set = ""
    seeds = None
    if args.seed_from is not None:
        seeds = ["" if x.strip() in ("", "baseline") else x.strip() for x in args.seed_from.split(",")]
        if args.set in seeds or not args.set:
            print("error: --seed-from needs a --set that is not one of the sets it copies from",
                  file=sys.stderr)
            return 64
    if args.made_by and seeds is None:
        print("error: --made-by names the decks of a new set; use it with --seed-from", file=sys.stderr)
        return 64
    if args.made_by.startswith("/") or "/tmp/" in args.made_by or "/work/" in args.made_by:
        print("error: --made-by takes a commit or a name, not a machine path", file=sys.stderr)
        return 64
    docs = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if not docs:
        print(f"error: no documents in '{args.corpus}'", file=sys.stderr)
        return 1
    rows, problems, unrated_all = [], [], []
    tot = dict(cards=0, good=0, acceptable=0, bad=0, facts=0, covered=0, unrated=0, stale=0, changed=0)
    summed = tuple(tot)
    tot_classes = {c: 0 for c in CLASSES}
    for doc in docs:
        name = os.path.basename(doc)[:-4]
        deck_path = os.path.join(args.decks, name + ".json")
        if not os.path.exists(deck_path):
            print(f"error: no deck '{deck_path}'; run scripts/corpus-decks.sh first", file=sys.stderr)
            return 1
        deck = json.load(open(deck_path, encoding="utf-8"))
        facts = json.load(open(os.path.join(args.corpus, name + ".facts.json"), encoding="utf-8"))
        known = {f["id"] for f in facts}
        path = ratings_path(args.corpus, name, args.set)
        if seeds is not None:
            if os.path.exists(path):
                print(f"error: '{path}' exists; --seed-from only starts a new set", file=sys.stderr)
                return 1
            keep = {}
            for seed in seeds:
                old, _ = read_ratings(ratings_path(args.corpus, name, seed), known)
                for c in deck:
                    if c["id"] not in keep and c["id"] in old and old[c["id"]][4] == fingerprint(c):
                        keep[c["id"]] = old[c["id"]]
            names = ", ".join(f"'{x or 'baseline'}'" for x in seeds)
            made = f"; decks made by {args.made_by}" if args.made_by else ""
            write_ratings(path, f"set '{args.set}', seeded from {names} (unchanged cards only){made}", deck, keep)
        ratings, probs = read_ratings(path, known)
        problems += probs
        if args.fingerprint and ratings and any(not r[4] for r in ratings.values()):
            head = next((l[2:].strip() for l in open(path, encoding="utf-8") if l.startswith("# ")), "ratings")
            by_id = {c["id"]: c for c in deck}
            ratings = {i: r[:4] + ((r[4] or fingerprint(by_id[i])) if i in by_id else r[4],)
                       for i, r in ratings.items()}
            stale_rows = {i: r for i, r in ratings.items() if i not in by_id}
            if stale_rows:
                problems.append(f"{path}: {len(stale_rows)} ratings of cards not in the deck were dropped")
            write_ratings(path, head, deck, ratings)
        ids = [c["id"] for c in deck]
        changed = {c["id"] for c in deck if c["id"] in ratings and ratings[c["id"]][4]
                   and ratings[c["id"]][4] != fingerprint(c)}
        ratings = {i: r for i, r in ratings.items() if i not in changed}
        unrated = [c for c in deck if c["id"] not in ratings]
        stale = [r for r in ratings if r not in set(ids)]
        unrated_all += [(name, c) for c in unrated]
        rated = [ratings[i] for i in ids if i in ratings]
        count = {r: sum(1 for x in rated if x[0] == r) for r in RATINGS}
        classes = {c: sum(1 for x in rated if x[0] == "bad" and x[1] == c) for c in CLASSES}
        asked = [f for x in rated if x[0] != "bad" for f in x[2]]
        cov = covered_facts(facts, asked)
        score_path = os.path.join(args.decks, name + ".score.json")
        recall = json.load(open(score_path))["recall"] if os.path.exists(score_path) else None
        row = dict(name=name, cards=len(deck), unrated=len(unrated), stale=len(stale), changed=len(changed),
                   facts=len(facts), covered=len(cov), classes=classes, recall=recall, **count)
        rows.append(row)
        for k in summed:
            tot[k] += row[k]
        for c in CLASSES:
            tot_classes[c] += classes[c]

    def line(r, classes):
        n = r["cards"] - r["unrated"]
        bad = ", ".join(f"{c} {v}" for c, v in classes.items() if v) or "-"
        return (f"{r['name']:<24} {r['cards']:>5} {r['good']:>5} {r['acceptable']:>5} {r['bad']:>5} "
                f"{pct(r['good'] + r['acceptable'], n):>7} {pct(r['good'], n):>6} {share(r['bad'], n):>6} {r['facts']:>6} "
                f"{r['covered']:>5} {pct(r['covered'], r['facts']):>6} "
                f"{(r['cards'] / r['facts'] if r['facts'] else 0):>6.2f}  {bad}")

    print(f"{'document':<24} {'cards':>5} {'good':>5} {'acc':>5} {'bad':>5} {'usable':>7} {'good%':>6} {'bad%':>6} "
          f"{'facts':>6} {'cov':>5} {'cov%':>6} {'c/fact':>6}  bad by class")
    for r in rows:
        print(line(r, r["classes"]))
    tot["name"] = "overall"
    recalls = [r["recall"] for r in rows if r["recall"] is not None]
    tot["recall"] = round(sum(recalls) / len(recalls), 3) if len(recalls) == len(rows) else None
    print(line(tot, tot_classes))
    if tot["unrated"] or tot["stale"]:
        print(f"\nnot rated: {tot['unrated']} cards ({tot['changed']} of them rated before with other text); "
              f"stale ratings (card no longer in the deck): {tot['stale']}")
        for r in rows:
            if r["unrated"] or r["stale"]:
                print(f"  {r['name']}: {r['unrated']} unrated ({r['changed']} changed), {r['stale']} stale")
    if args.unrated:
        for name, c in unrated_all:
            print(f"{name}\t{card_text(c)}")
    if args.markdown:
        print("\n| document | cards | good | acceptable | bad | usable | good share | bad share | key facts | covered | "
              "cards per key fact | bad by class | scorer recall |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
        for r in rows + [tot]:
            cl = tot_classes if r is tot else r["classes"]
            n = r["cards"] - r["unrated"]
            name = "**overall**" if r is tot else f"`{r['name']}`"
            print(f"| {name} | {r['cards']} | {r['good']} | {r['acceptable']} | {r['bad']} | "
                  f"{pct(r['good'] + r['acceptable'], n)} | {pct(r['good'], n)} | {share(r['bad'], n)} | {r['facts']} | "
                  f"{r['covered']} ({pct(r['covered'], r['facts'])}) | "
                  f"{(r['cards'] / r['facts'] if r['facts'] else 0):.2f} | "
                  f"{', '.join(f'{c} {v}' for c, v in cl.items() if v) or '-'} | "
                  f"{'-' if r['recall'] is None else r['recall']} |")
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    if args.strict and (tot["unrated"] or tot["stale"] or problems):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
