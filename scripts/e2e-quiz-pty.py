#!/usr/bin/env python3
"""Runs `recall quiz --per-question 2s` in a pseudo-terminal and leaves every question unanswered.

Checks that the live countdown is redrawn in the prompt, that each question times out on its own
("time's up", the answer shown), that the quiz and its re-drill offer end without input, and that
the run is listed by `recall quiz history`. Then a second quiz is stopped with Ctrl-C after one
answer: it must show the result, exit 130 and be listed as stopped (never a personal best); in
the REPL, Ctrl-C ends a quiz and the REPL goes on. The
test runner may start this script with SIGINT blocked, a mask every child inherits: the quiz must
unblock it itself, so the mask is left as it is. Usage: e2e-quiz-pty.py PATH/TO/recall. Exits 77 when
pexpect is missing (the Swift test then skips). All state lives in a temporary folder.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    import pexpect
except ImportError:
    sys.exit(77)

DECK = """# PTY quiz deck

## Capitals

Q: What is the capital of Kazakhstan?
A: Astana

Q: What is the capital of Kyrgyzstan?
A: Bishkek

Q: What is the capital of Uzbekistan?
A: Tashkent

Q: What is the capital of Tajikistan?
A: Dushanbe
"""


def main():
    binary = sys.argv[1]
    root = tempfile.mkdtemp(prefix="recall-quiz-pty-")
    try:
        decks = os.path.join(root, "decks")
        os.mkdir(decks)
        with open(os.path.join(decks, "pty.md"), "w", encoding="utf-8") as handle:
            handle.write(DECK)
        database = os.path.join(root, "progress.sqlite")
        env = {"PATH": "/usr/bin:/bin", "HOME": root, "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1",
               "TZ": "UTC"}
        arguments = ["quiz", "pty", "--decks", decks, "--db", database, "--count", "3",
                     "--per-question", "2s", "--kinds", "typed", "--seed", "1"]
        child = pexpect.spawn(binary, arguments, env=env, encoding="utf-8", timeout=10, dimensions=(40, 120))
        started = time.monotonic()
        for number in range(1, 4):
            child.expect("Question %d of 3" % number)
            child.expect(r"\[2s\] > ")
            # The countdown is redrawn while nothing is typed.
            child.expect(r"\[1s\] > ")
            child.expect("time's up")
        child.expect(r"Result: 0 of 3 right")
        child.expect("Re-drill the 3 missed questions")
        child.expect(pexpect.EOF, timeout=10)
        elapsed = time.monotonic() - started
        child.close()
        if child.exitstatus != 0:
            print("quiz exited with %r" % child.exitstatus)
            return 1
        # Three questions of 2 s and an offer of 2 s: ending sooner would mean a deadline was cut
        # short. (No upper bound: a busy machine may be slow, and pexpect's timeouts catch a hang.)
        if elapsed < 7.5:
            print("quiz took %.1f s, less than its deadlines allow (8 s)" % elapsed)
            return 1
        history = subprocess.run([binary, "quiz", "history", "--db", database], env=env, capture_output=True,
                                 text=True, timeout=30, check=False)
        if history.returncode != 0 or "pty" not in history.stdout or "0/3" not in history.stdout:
            print("quiz history did not list the run:\n" + history.stdout + history.stderr)
            return 1
        blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        arguments = ["quiz", "pty", "--decks", decks, "--db", database, "--count", "3",
                     "--per-question", "30s", "--kinds", "typed", "--seed", "2"]
        child = pexpect.spawn(binary, arguments, env=env, encoding="utf-8", timeout=10, dimensions=(40, 120))
        child.expect("Question 1 of 3")
        child.expect(r"\[\d+s\] > ")
        child.sendline("Astana")
        child.expect("Question 2 of 3")
        child.expect(r"\[\d+s\] > ")
        child.sendintr()
        child.expect(r"\^C")
        child.expect(r"Quiz stopped after 1 of 3 questions\.")
        child.expect(r"Result: \d of 1 right")
        child.expect(pexpect.EOF, timeout=10)
        child.close()
        if child.exitstatus != 130:
            print("an interrupted quiz exited with %r (signal %r), not 130" % (child.exitstatus, child.signalstatus))
            return 1
        history = subprocess.run([binary, "quiz", "history", "--db", database], env=env, capture_output=True,
                                 text=True, timeout=30, check=False)
        rows = [line for line in history.stdout.splitlines() if " pty " in line]
        if len(rows) != 2 or "/1 " not in rows[1] or "stopped" not in rows[1] or "best" in rows[1]:
            print("quiz history did not list the stopped run:\n" + history.stdout + history.stderr)
            return 1
        # In the REPL, Ctrl-C ends the quiz and the REPL carries on.
        child = pexpect.spawn(binary, ["--decks", decks, "--db", database], env=env, encoding="utf-8", timeout=10,
                              dimensions=(40, 120))
        child.expect("recall> ")
        child.sendline("quiz pty --count 2 --per-question 30s --kinds typed --seed 2")
        child.expect("Question 1 of 2")
        child.expect(r"\[\d+s\] > ")
        child.sendintr()
        child.expect("Quiz stopped before the first answer")
        child.expect("recall> ")
        child.sendline("quit")
        child.expect(pexpect.EOF, timeout=10)
        child.close()
        if child.exitstatus != 0:
            print("the REPL exited with %r after a quiz stopped by Ctrl-C" % child.exitstatus)
            return 1
        print("ok: 3 questions timed out in %.1f s; history lists the run; Ctrl-C (SIGINT %s in the runner) "
              "stopped a quiz with exit 130, and one in the REPL" % (elapsed, "blocked" if blocked else "not blocked"))
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
