#!/usr/bin/env python3
"""A full disk and a read-only database: a clear message, exit 1, nothing lost, the file unchanged.

usage: e2e-disk.py PATH-TO-RECALL

Runs itself in a private mount namespace (`unshare --mount`), where it mounts a small tmpfs, so
nothing is left mounted whatever happens. There it saves a few answers, fills the disk, and checks
that `study`, `generate -o` and `export-log -o` fail with the full-disk message and exit 1, that the
database and the files already there are unchanged, and that every saved answer is still there
once space is freed. Then it remounts the tmpfs read-only and checks `study` and `stats` the same
way. Needs root (or the right to make mount namespaces): exits 77 when it cannot mount, 1 on
failure, 0 on success.
"""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

MARK = "RECALL_DISK_TEST_NAMESPACE"


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def files(folder):
    """The files of `folder` and their digests. SQLite's shared-memory index (-shm) is left out: it
    is no data; an empty write-ahead log (which a failed open may leave) counts as none."""
    result = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path) or name.endswith("-shm"):
            continue
        if name.endswith("-wal") and os.path.getsize(path) == 0:
            continue
        result[name] = digest(path)
    return result


class Disk:
    def __init__(self, binary, root):
        self.binary = binary
        self.root = root
        self.mount = os.path.join(root, "disk")
        os.makedirs(self.mount)
        decks = os.path.join(root, "decks")
        os.makedirs(decks)
        with open(os.path.join(decks, "many.md"), "w", encoding="utf-8") as handle:
            handle.write("# Many\n\n## All\n\n")
            for index in range(100):
                handle.write("Q: question %d?\nA: answer%d\nid: c-%d\n\n" % (index, index, index))
        self.database = os.path.join(self.mount, "recall.sqlite")
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.path.join(root, "home"),
                    "RECALL_DECKS": decks, "RECALL_DB": self.database, "NO_COLOR": "1", "TZ": "UTC"}

    def recall(self, arguments, stdin=b"", env=None):
        return subprocess.run([self.binary] + arguments, env=env or self.env, input=stdin, capture_output=True,
                              timeout=120)

    def expect_refusal(self, arguments, words, stdin=b"", env=None):
        result = self.recall(arguments, stdin, env)
        error = result.stderr.decode(errors="replace")
        if result.returncode != 1:
            fail("recall %s exited %d, not 1: %s" % (" ".join(arguments), result.returncode, error))
        if words not in error:
            fail("recall %s said %r, not %r" % (" ".join(arguments), error, words))
        for internal in ("SQLite", "SQLITE", "error 13", "error 8", "while executing", "disk I/O"):
            if internal in error:
                fail("recall %s showed SQLite's words: %r" % (" ".join(arguments), error))
        print("recall %s: exit 1, %s" % (" ".join(arguments), error.strip()))

    def saved_answers(self):
        connection = sqlite3.connect("file:%s?mode=ro" % self.database, uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                fail("the database is damaged")
            return {row[0] for row in connection.execute("SELECT answer FROM review_log")}
        finally:
            connection.close()

    def go(self):
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", self.mount], check=True)
        answers = ["kept-%d" % index for index in range(5)]
        result = self.recall(["study", "--new", "1000"], "".join("%s\n\n" % a for a in answers).encode())
        if result.returncode != 0:
            fail("the first study failed: %s" % result.stderr.decode())
        document = os.path.join(self.root, "doc.txt")
        with open(document, "w", encoding="utf-8") as handle:
            handle.write("The Aral Sea lies between Kazakhstan and Uzbekistan. " * 400 + "\n")
        deck = os.path.join(self.mount, "deck.md")
        if self.recall(["generate", document, "-o", deck]).returncode != 0:
            fail("generate -o failed on a disk with space")
        # Fill the disk.
        descriptor = os.open(os.path.join(self.mount, "filler"), os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(descriptor, b"\0" * 4096) > 0:
                pass
        except OSError:
            pass
        finally:
            os.close(descriptor)
        before = files(self.mount)
        self.expect_refusal(["study", "--new", "1000"], "is full", b"lost-1\n\nlost-2\n\n")
        self.expect_refusal(["generate", document, "-o", deck, "--max-cards", "3"], "the disk is full")
        self.expect_refusal(["export-log", "-o", os.path.join(self.mount, "log.csv")], "is full")
        # A database elsewhere, the export onto the full disk.
        elsewhere = dict(self.env, RECALL_DB=os.path.join(self.root, "elsewhere.sqlite"))
        # A log of a megabyte or so: the disk fills while the reviews are being read.
        self.recall(["db", "_generate", "--deck", "many", "--cards", "100", "--reviews", "5000", "--now",
                     "2026-06-01T00:00:00Z"], b"", elsewhere)
        log = os.path.join(self.mount, "log.csv")
        self.expect_refusal(["export-log", "-o", log], 'cannot write "%s": the disk is full' % log, b"", elsewhere)
        after = files(self.mount)
        if after != before:
            changed = sorted(set(before.items()) ^ set(after.items()))
            fail("files on the full disk changed: %s" % changed)
        os.remove(os.path.join(self.mount, "filler"))
        if not set(answers) <= self.saved_answers():
            fail("saved answers were lost on the full disk")
        print("full disk: files unchanged, all %d saved answers kept" % len(answers))

        subprocess.run(["mount", "-o", "remount,ro", self.mount], check=True)
        before = files(self.mount)
        self.expect_refusal(["study", "--new", "1000"], "is read-only", b"lost-3\n\n")
        self.expect_refusal(["stats"], "is read-only")
        self.expect_refusal(["generate", document, "-o", deck], "read-only")
        if files(self.mount) != before:
            fail("files on the read-only disk changed")
        if not set(answers) <= self.saved_answers():
            fail("saved answers were lost on the read-only disk")
        print("read-only disk: files unchanged, all %d saved answers kept" % len(answers))


def main():
    binary = os.path.abspath(sys.argv[1])
    if os.environ.get(MARK) != "1":
        unshare = shutil.which("unshare")
        if unshare is None:
            print("skipped: unshare is not installed", file=sys.stderr)
            return 77
        environment = dict(os.environ, **{MARK: "1"})
        probe = subprocess.run([unshare, "--mount", "--propagation", "private", "true"], capture_output=True)
        if probe.returncode != 0:
            print("skipped: cannot make a mount namespace here (needs root)", file=sys.stderr)
            return 77
        return subprocess.run([unshare, "--mount", "--propagation", "private", sys.executable,
                               os.path.abspath(__file__), binary], env=environment).returncode
    root = tempfile.mkdtemp(prefix="recall-disk-")
    try:
        disk = Disk(binary, root)
        try:
            disk.go()
        finally:
            subprocess.run(["umount", disk.mount], capture_output=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
