#!/usr/bin/env python3
"""Several `recall` processes on one database while a REPL keeps it open.

usage: e2e-shared-db.py PATH-TO-RECALL [ROUNDS]

A REPL runs in a pseudo-terminal for the whole test. In each round it answers cards, and while
it answers, other processes run at once on the same file: `stats`, `study` (piped answers),
`quiz` (piped), `export-log`, `db check` and `db rebuild`; then the REPL runs `stats` and answers
again. After every round the write-ahead log still exists (the REPL has the file open) and
`export-log`, run by another process, holds every answer acknowledged so far ("saved ..."). At
the end `PRAGMA integrity_check` is ok and every acknowledged answer is in the log. Then four
`recall study` processes answer at once on a fresh database, all of their answers are kept.
No process may fail, say "locked", or show SQLite's own words.
Exits 0 on success, 1 on failure, 77 when pexpect is missing.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

try:
    import pexpect
except ImportError:
    sys.exit(77)

CARDS = 400


def fail(message):
    print("\nFAIL: " + message, file=sys.stderr)
    sys.exit(1)


def make_env(root, database):
    decks = os.path.join(root, "decks")
    os.makedirs(decks, exist_ok=True)
    with open(os.path.join(decks, "many.md"), "w", encoding="utf-8") as handle:
        handle.write("# Many\n\n## All\n\n")
        for index in range(CARDS):
            handle.write("Q: question %d?\nA: answer%d\nid: c-%d\n\n" % (index, index, index))
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(root, "home"),
        "XDG_STATE_HOME": os.path.join(root, "state"),
        "XDG_DATA_HOME": os.path.join(root, "data"),
        "RECALL_DB": database,
        "RECALL_DECKS": decks,
        "TERM": "xterm",
        "NO_COLOR": "1",
        "INPUTRC": "/dev/null",
        "TZ": "UTC",
    }


def start(binary, env, arguments, stdin_text=None):
    process = subprocess.Popen([binary] + arguments, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    return (arguments, process, stdin_text)


def finish(started):
    arguments, process, stdin_text = started
    out, err = process.communicate(stdin_text.encode() if stdin_text is not None else b"", timeout=120)
    out, err = out.decode(errors="replace"), err.decode(errors="replace")
    if process.returncode != 0:
        fail("recall %s exited %d: %s" % (" ".join(arguments), process.returncode, err[-800:]))
    for word in ("locked", "SQLite", "sqlite error", "malformed"):
        if word in err or word in out:
            fail("recall %s said %r: %s" % (" ".join(arguments), word, (err + out)[-800:]))
    return out


def piped_answers(tag, count):
    answers = ["%s-%d" % (tag, index) for index in range(count)]
    return answers, "".join("%s\n\n" % answer for answer in answers)


def acknowledged(answers, output):
    """The answers of a piped study that were saved: one "saved" line per answer, in order."""
    return answers[:len(re.findall(r"^saved ", output, re.M))]


def logged_answers(binary, env):
    output = finish(start(binary, env, ["export-log"]))
    lines = output.splitlines()
    header = lines[0].split(",")
    column = header.index("answer")
    return {line.split(",")[column] for line in lines[1:] if line}


def repl_answer(child, answer, saved):
    child.expect("answer> ")
    child.sendline(answer)
    child.expect("changes> ")
    child.sendline("")
    child.expect("saved again")
    saved.append(answer)


def shared_with_repl(binary, rounds, root):
    database = os.path.join(root, "shared.sqlite")
    env = make_env(root, database)
    child = pexpect.spawn(binary, [], env=env, timeout=90, encoding="utf-8", codec_errors="replace",
                          dimensions=(40, 160))
    child.logfile_read = open(os.path.join(root, "repl.log"), "w", encoding="utf-8")
    child.expect("recall> ")
    saved = []
    for number in range(rounds):
        child.sendline("study --new 10000")
        repl_answer(child, "repl-%d-a" % number, saved)
        study_answers, study_input = piped_answers("pipe-%d" % number, 4)
        others = [
            start(binary, env, ["stats"]),
            start(binary, env, ["study", "--new", "10000"], study_input),
            start(binary, env, ["quiz", "--count", "2", "--seed", str(number), "--per-question", "60s"], "a\nb\nn\n"),
            start(binary, env, ["export-log"]),
            start(binary, env, ["db", "check"]),
            start(binary, env, ["db", "rebuild"]),
        ]
        # The REPL answers while the others run.
        repl_answer(child, "repl-%d-b" % number, saved)
        repl_answer(child, "repl-%d-c" % number, saved)
        outputs = [finish(started) for started in others]
        saved += acknowledged(study_answers, outputs[1])
        if "ok: schema version" not in outputs[4]:
            fail("db check said: %r" % outputs[4])
        child.expect("answer> ")
        child.sendline(":quit")
        child.expect("recall> ")
        child.sendline("stats")
        child.expect("recall> ")
        if not os.path.exists(database + "-wal"):
            fail("round %d: the write-ahead log was removed while the REPL had the database open" % number)
        missing = set(saved) - logged_answers(binary, env)
        if missing:
            fail("round %d: acknowledged but not seen by another process: %s" % (number, sorted(missing)[:5]))
        print("round %d: %d answers acknowledged, all in the log" % (number, len(saved)))
    child.sendline("quit")
    child.expect(pexpect.EOF)
    check_file(database, saved, "the REPL run")


def check_file(database, saved, what):
    connection = sqlite3.connect(database)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        logged = {row[0] for row in connection.execute("SELECT answer FROM review_log")}
    finally:
        connection.close()
    if result != [("ok",)]:
        fail("%s: integrity check says %r" % (what, result))
    missing = set(saved) - logged
    if missing:
        fail("%s: acknowledged answers missing: %s" % (what, sorted(missing)[:5]))
    print("%s: integrity ok, all %d acknowledged answers kept" % (what, len(saved)))


def four_at_once(binary, root):
    database = os.path.join(root, "four.sqlite")
    env = make_env(root, database)
    studies = []
    for index in range(4):
        answers, text = piped_answers("four-%d" % index, 25)
        studies.append((answers, start(binary, env, ["study", "--new", "10000"], text)))
    saved = []
    for answers, started in studies:
        output = finish(started)
        kept = acknowledged(answers, output)
        if len(kept) != len(answers):
            fail("a study of four saved %d of %d answers" % (len(kept), len(answers)))
        saved += kept
    check_file(database, saved, "four processes at once")


def main():
    binary = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    root = tempfile.mkdtemp(prefix="recall-shared-")
    try:
        shared_with_repl(binary, rounds, root)
        four_at_once(binary, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
