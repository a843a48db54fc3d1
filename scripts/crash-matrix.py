#!/usr/bin/env python3
"""Kills `recall` with SIGKILL at random moments and checks that nothing is lost or half-written.

usage: crash-matrix.py PATH-TO-RECALL [KILLS] [SEED]

Runs are started and killed, in turn, until KILLS (default 200) of them were killed before they
ended, while they do one of: `study` (piped answers), `quiz` (piped answers), `db rebuild` (of a
history of 60,000 reviews; 15,000 in a run of under 100 kills), `generate -o`,
`export -o` and `export-log -o`. Each kill lands at a random moment between the start of the
process and a little after the time an unkilled run takes, so some land while the database is
being opened, some mid-write, some after the end. After every kill:
- `PRAGMA integrity_check` of the database is ok;
- every answer the process acknowledged (a "saved" line, a quiz verdict) is in the database;
- `db rebuild` kept the whole review log;
- the output file of generate/export is absent or exactly the full output of an unkilled run
  (never half a file); stale temporary files are cleaned up by the next write.
Prints the figures per operation. Exits 0 on success, 1 on failure.
"""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CARDS = 400


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


class Matrix:
    def __init__(self, binary, folder, seed, reviews):
        self.binary = binary
        self.folder = folder
        self.random = random.Random(seed)
        self.decks = os.path.join(folder, "decks")
        os.makedirs(self.decks)
        with open(os.path.join(self.decks, "many.md"), "w", encoding="utf-8") as handle:
            handle.write("# Many\n\n## All\n\n")
            for index in range(CARDS):
                handle.write("Q: question %d?\nA: answer%d\nid: c-%d\n\n" % (index, index, index))
        self.study_db = os.path.join(folder, "study.sqlite")
        self.history_db = os.path.join(folder, "history.sqlite")
        self.out = os.path.join(folder, "out")
        os.makedirs(self.out)
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.path.join(folder, "home"),
                    "RECALL_DECKS": self.decks, "NO_COLOR": "1", "TZ": "UTC", "LANG": "C.UTF-8"}
        self.reviews = reviews
        self.figures = {}
        self.acknowledged = set()
        self.quiz_acknowledged = 0
        self.counter = 0

    def run(self, arguments, stdin=b""):
        result = subprocess.run([self.binary] + arguments, env=self.env, input=stdin, capture_output=True,
                                timeout=600)
        if result.returncode != 0:
            fail("recall %s exited %d: %s" % (" ".join(arguments), result.returncode, result.stderr.decode()[-600:]))
        return result

    def prepare(self):
        self.run(["db", "_generate", "--db", self.history_db, "--deck", "many", "--cards", "3000",
                  "--reviews", str(self.reviews), "--now", "2026-06-01T00:00:00Z"])
        self.history_reviews = self.count(self.history_db, "SELECT count(*) FROM review_log")
        document = os.path.join(self.folder, "document.txt")
        fixtures = os.path.join(ROOT, "Tests/RecallCoreTests/Fixtures/Generator")
        parts = [os.path.join(fixtures, name) for name in sorted(os.listdir(fixtures)) if name.endswith(".txt")] \
            if os.path.isdir(fixtures) else []
        parts.append(os.path.join(ROOT, "Decks/sources/kazakhstan-position.txt"))
        with open(document, "w", encoding="utf-8") as handle:
            for part in parts:
                with open(part, encoding="utf-8") as source:
                    handle.write(source.read() + "\n\n")
        self.document = document
        # What an unkilled run writes, and how long it takes.
        self.reference = {}
        self.duration = {}
        for name, (arguments, target) in self.file_operations().items():
            started = time.monotonic()
            self.run(arguments)
            self.duration[name] = time.monotonic() - started
            with open(target, "rb") as handle:
                self.reference[name] = handle.read()
        started = time.monotonic()
        self.run(["db", "rebuild", "--db", self.history_db])
        self.duration["rebuild"] = time.monotonic() - started
        started = time.monotonic()
        answers = "".join("warm-%d\n\n" % index for index in range(60))
        self.run(["study", "--db", self.study_db, "--new", "100000"], answers.encode())
        self.duration["study"] = time.monotonic() - started
        started = time.monotonic()
        self.run(["quiz", "many", "--db", self.study_db, "--kinds", "typed", "--count", "40", "--per-question", "60s",
                  "--seed", "0"], "".join("warm-%d\n" % index for index in range(40)).encode())
        self.duration["quiz"] = time.monotonic() - started

    def file_operations(self):
        return {
            "generate -o": (["generate", self.document, "-o", os.path.join(self.out, "deck.md")],
                            os.path.join(self.out, "deck.md")),
            "export -o": (["export", "many", "--format", "json", "-o", os.path.join(self.out, "cards.json")],
                          os.path.join(self.out, "cards.json")),
            "export-log -o": (["export-log", "--db", self.history_db, "-o", os.path.join(self.out, "log.csv")],
                              os.path.join(self.out, "log.csv")),
        }

    @staticmethod
    def count(database, sql):
        connection = sqlite3.connect(database, timeout=60)
        try:
            return connection.execute(sql).fetchone()[0]
        finally:
            connection.close()

    @staticmethod
    def integrity(database):
        connection = sqlite3.connect(database, timeout=60)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
        if result != [("ok",)]:
            fail("%s: integrity check says %r" % (database, result[:5]))

    def kill_at_random(self, arguments, stdin, expected):
        """Starts recall, kills it at a random moment; returns what it printed and whether it was killed."""
        process = subprocess.Popen([self.binary] + arguments, env=self.env, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if stdin:
            try:
                process.stdin.write(stdin)
                process.stdin.close()
            except BrokenPipeError:
                pass
        time.sleep(self.random.uniform(0, expected * 1.2))
        killed = process.poll() is None
        process.send_signal(signal.SIGKILL)
        # Lines written before the kill are acknowledgements too; a line cut off by the kill is not.
        output = process.stdout.read().decode(errors="replace")
        process.stderr.read()
        process.wait()
        if not killed and process.returncode != 0:
            fail("recall %s failed unkilled with %d" % (" ".join(arguments), process.returncode))
        lines = output.split("\n")[:-1]
        return lines, killed

    def study(self):
        tag = "s%d" % self.counter
        answers = ["%s-%d" % (tag, index) for index in range(60)]
        lines, killed = self.kill_at_random(["study", "--db", self.study_db, "--new", "100000"],
                                            "".join("%s\n\n" % answer for answer in answers).encode(),
                                            self.duration["study"])
        saved = sum(1 for line in lines if line.startswith("saved "))
        self.acknowledged.update(answers[:saved])
        self.integrity(self.study_db)
        connection = sqlite3.connect(self.study_db, timeout=60)
        try:
            logged = {row[0] for row in connection.execute("SELECT answer FROM review_log WHERE answer LIKE ?",
                                                           (tag + "-%",))}
        finally:
            connection.close()
        missing = set(answers[:saved]) - logged
        if missing:
            fail("study: acknowledged but lost: %s" % sorted(missing)[:5])
        return killed

    def quiz(self):
        tag = "q%d" % self.counter
        answers = ["%s-%d" % (tag, index) for index in range(40)]
        arguments = ["quiz", "many", "--db", self.study_db, "--kinds", "typed", "--count", "40", "--per-question",
                     "60s", "--seed", str(self.counter)]
        if self.counter % 2:
            arguments.append("--update-schedule")
        lines, killed = self.kill_at_random(arguments, "".join("%s\n" % answer for answer in answers).encode(),
                                            self.duration["quiz"])
        verdicts = sum(1 for line in lines if line.startswith("✗") or line.startswith("✓"))
        self.integrity(self.study_db)
        kept = self.count(self.study_db, "SELECT count(*) FROM quiz_answer WHERE given LIKE '%s-%%'" % tag)
        if kept < verdicts:
            fail("quiz: %d answers acknowledged, %d kept" % (verdicts, kept))
        self.quiz_acknowledged += verdicts
        return killed

    def rebuild(self):
        _, killed = self.kill_at_random(["db", "rebuild", "--db", self.history_db], b"", self.duration["rebuild"])
        self.integrity(self.history_db)
        reviews = self.count(self.history_db, "SELECT count(*) FROM review_log")
        if reviews != self.history_reviews:
            fail("db rebuild: the review log went from %d to %d reviews" % (self.history_reviews, reviews))
        return killed

    def write_file(self, name):
        arguments, target = self.file_operations()[name]
        _, killed = self.kill_at_random(arguments, b"", self.duration[name])
        if os.path.exists(target):
            with open(target, "rb") as handle:
                written = handle.read()
            if written != self.reference[name]:
                fail("%s: %s holds %d bytes, not the %d of a whole run" % (name, target, len(written),
                                                                            len(self.reference[name])))
        return killed

    def leftovers_are_cleaned(self):
        for arguments, _ in self.file_operations().values():
            self.run(arguments)
        left = [name for name in os.listdir(self.out) if name.startswith(".")]
        if left:
            fail("temporary files left after a clean run: %s" % left)

    def go(self, kills):
        operations = [("study", self.study), ("quiz", self.quiz), ("rebuild", self.rebuild)]
        operations += [(name, lambda name=name: self.write_file(name)) for name in self.file_operations()]
        number = 0
        killed_in_all = 0
        while killed_in_all < kills:
            self.counter = number
            name, operation = operations[number % len(operations)]
            killed = operation()
            runs, hits = self.figures.get(name, (0, 0))
            self.figures[name] = (runs + 1, hits + (1 if killed else 0))
            killed_in_all += 1 if killed else 0
            number += 1
            if number % 50 == 0:
                print("%d runs, %d killed mid-run so far" % (number, killed_in_all), flush=True)
        self.runs = number
        self.leftovers_are_cleaned()
        self.run(["db", "check", "--db", self.study_db])
        self.run(["db", "check", "--db", self.history_db])


def main():
    binary = os.path.abspath(sys.argv[1])
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    folder = tempfile.mkdtemp(prefix="recall-crash-")
    try:
        # A short run (as in CI) rebuilds and exports a smaller history.
        matrix = Matrix(binary, folder, seed, 60000 if kills >= 100 else 15000)
        matrix.prepare()
        matrix.go(kills)
        print("%-14s %5s %8s  %s" % ("operation", "runs", "killed", "unkilled run (s)"))
        total = 0
        for name, (runs, hits) in matrix.figures.items():
            total += hits
            print("%-14s %5d %8d  %.2f" % (name, runs, hits, matrix.duration[name]))
        print("%d runs, %d killed mid-run; %d study answers and %d quiz answers acknowledged, all kept; "
              "integrity ok; no half-written file" % (matrix.runs, total, len(matrix.acknowledged),
                                                      matrix.quiz_acknowledged))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
