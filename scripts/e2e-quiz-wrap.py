#!/usr/bin/env python3
"""Checks that the live countdown redraws a wrapped answer in place.

Runs `recall quiz` in a 40-column pseudo-terminal, types an answer longer than a screen line and
lets the countdown tick a few times, then replays the output through a terminal emulator (pyte)
and checks that the screen shows one prompt with the whole answer, not a new copy of the prompt
every second. Usage: e2e-quiz-wrap.py PATH/TO/recall. Exits 77 when pexpect or pyte is missing (the
Swift test then skips). All state lives in a temporary folder.
"""
import os
import shutil
import sys
import tempfile
import time

try:
    import pexpect
    import pyte
except ImportError:
    sys.exit(77)

DECK = """# Wrap deck

L: Name the five countries of Central Asia.
- Kazakhstan
- Kyrgyzstan
- Tajikistan
- Turkmenistan
- Uzbekistan
"""

ANSWER = "kazakhstan, uzbekistan, kyrgyzstan, tajikistan, turkmenistan"
COLUMNS = 40
ROWS = 20


def main():
    binary = sys.argv[1]
    root = tempfile.mkdtemp(prefix="recall-quiz-wrap-")
    try:
        decks = os.path.join(root, "decks")
        os.mkdir(decks)
        with open(os.path.join(decks, "wrap.md"), "w", encoding="utf-8") as handle:
            handle.write(DECK)
        env = {"PATH": "/usr/bin:/bin", "HOME": root, "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1",
               "TZ": "UTC"}
        arguments = ["quiz", "wrap", "--decks", decks, "--db", os.path.join(root, "progress.sqlite"),
                     "--count", "1", "--per-question", "30s", "--kinds", "list", "--seed", "1"]
        child = pexpect.spawn(binary, arguments, env=env, encoding="utf-8", timeout=10,
                              dimensions=(ROWS, COLUMNS))
        screen = pyte.Screen(COLUMNS, ROWS)
        stream = pyte.Stream(screen)
        child.expect(r"\] > ")
        stream.feed(child.before + child.after)
        child.send(ANSWER)
        # Let the countdown redraw the prompt a few times with the wrapped answer after it.
        deadline = time.monotonic() + 3.5
        while time.monotonic() < deadline:
            try:
                stream.feed(child.read_nonblocking(4096, timeout=0.2))
            except pexpect.TIMEOUT:
                pass
        lines = [line.rstrip() for line in screen.display]
        prompts = [line for line in lines if line.startswith("[")]
        typed = "".join(line for line in lines[lines.index(prompts[0]):] if line) if prompts else ""
        # The answer is right, so the quiz ends without a re-drill offer.
        child.send("\r")
        child.expect("right")
        child.expect(pexpect.EOF, timeout=10)
        child.close()
        if len(prompts) != 1:
            print("the prompt was drawn %d times:\n%s" % (len(prompts), "\n".join(lines)))
            return 1
        if ANSWER not in typed.split("] > ", 1)[-1]:
            print("the typed answer is not shown whole after the prompt:\n%s" % "\n".join(lines))
            return 1
        print("ok: one prompt, the wrapped answer redrawn in place")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
