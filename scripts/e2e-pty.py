#!/usr/bin/env python3
"""Runs the real `recall` binary in a pseudo-terminal and exercises readline.

usage: e2e-pty.py PATH-TO-RECALL

Checks: `stu<TAB>` completes to `study`; Tab completes nothing in an answer; Ctrl-C and Ctrl-D at
a rating prompt save nothing, in typed and flip mode, and say so; a pasted multi-line text is one
answer, never a rating; Ctrl-C mid-question returns to the prompt; Ctrl-C on a typed command
line clears it; Ctrl-C at an empty prompt explains how to leave; Ctrl-D leaves with a summary;
history is recalled in a second run (temporary XDG_STATE_HOME) and holds commands, not answers;
an answer saved before the process is killed (SIGKILL) is still there in a third run; a deck with
ESC sequences and NUL bytes is shown safely.
Exits 0 on success, 1 on failure, 77 when pexpect is missing.
"""
import os
import signal
import sys
import tempfile

try:
    import pexpect
except ImportError:
    sys.exit(77)

DECK = (
    b"# Evil deck\n\n## Traps\n\n"
    b"Q: What is the capital of Kazakhstan?\nA: Astana\n\n"
    b"Q: Clear \x1b[2J screen \x1b]0;owned\x07 and \x00 nul?\nA: safe\x1b[31m red\n"
)


def spawn(binary, env, arguments=()):
    child = pexpect.spawn(binary, list(arguments), env=env, timeout=30, encoding="utf-8", codec_errors="replace",
                          dimensions=(40, 160))
    child.logfile_read = sys.stdout
    return child


def main():
    binary = sys.argv[1]
    root = tempfile.mkdtemp(prefix="recall-e2e-")
    decks = os.path.join(root, "decks")
    os.makedirs(decks)
    with open(os.path.join(decks, "evil.md"), "wb") as handle:
        handle.write(DECK)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(root, "home"),
        "XDG_STATE_HOME": os.path.join(root, "state"),
        "XDG_DATA_HOME": os.path.join(root, "data"),
        "RECALL_DB": os.path.join(root, "recall.sqlite"),
        "RECALL_DECKS": decks,
        "TERM": "xterm",
        "NO_COLOR": "1",
        "INPUTRC": "/dev/null",
    }

    # Run 1: completion, Ctrl-C mid-question, Ctrl-C at the prompt, unsafe deck text, Ctrl-D.
    child = spawn(binary, env)
    child.expect("recall> ")
    child.send("stu\t")
    child.expect("dy")  # readline inserts the rest of `study`
    child.send("\r")
    child.expect("answer> ")
    child.send("Astanna\t\r")  # Tab completes nothing in an answer
    child.expect("with a typo")
    child.expect("changes> ")
    child.sendintr()  # Ctrl-C after the answer was checked: nothing is saved
    child.expect("cancelled; nothing was saved for this card.")
    child.expect("recall> ")
    # A paste of two lines (bracketed paste) is one answer: its second line is not a rating.
    child.sendline("study")
    child.expect("answer> ")
    child.send("\x1b[200~Astana\r3\x1b[201~\r")
    child.expect("changes> ")
    if "saved" in child.before or "you typed: Astana[ 3]" not in child.before:
        print("\nFAIL: a pasted answer was split or rated: %r" % child.before, file=sys.stderr)
        return 1
    child.send("\x1b[200~1\r2\x1b[201~\r")  # a pasted pair of digits is no rating either
    child.expect("type a rating")
    child.sendintr()
    child.expect("nothing was saved for this card")
    child.expect("recall> ")
    child.sendline("study")
    child.expect("answer> ")
    child.send("Ast")
    child.expect("Ast")
    child.sendintr()  # Ctrl-C mid-question
    child.expect("question cancelled")
    # The ^C is echoed after what was typed, not over the start of the prompt line.
    if not child.before.startswith("^C"):
        print("\nFAIL: ^C not echoed after the typed text: %r" % child.before, file=sys.stderr)
        return 1
    child.expect("recall> ")
    child.send("stats")
    child.expect("stats")
    child.sendintr()  # Ctrl-C with text on the command line drops the text
    child.expect("recall> ")
    child.sendintr()  # Ctrl-C at an empty prompt explains how to leave
    child.expect("to leave Recall")
    child.expect("recall> ")
    child.sendline("show evil")
    child.expect(r"\^\[\[2J screen")
    shown = child.before + child.after
    child.expect("recall> ")
    shown += child.before
    if "\x1b[2J" in shown or "\x1b]0;owned" in shown or "\x00" in shown or "\x1b[31m" in shown:
        print("\nFAIL: deck escape sequences reached the terminal raw", file=sys.stderr)
        return 1
    child.sendeof()
    child.expect("bye")
    # Ctrl-D ends the prompt line once; no blank line before the summary.
    if "\r\n\r\n" in child.before:
        print("\nFAIL: a blank line after Ctrl-D: %r" % child.before, file=sys.stderr)
        return 1
    child.expect(pexpect.EOF)

    history = os.path.join(root, "state", "recall", "history")
    with open(history, encoding="utf-8") as handle:
        lines = handle.read()
    if "Astanna" in lines:
        print("\nFAIL: an answer went into the command history: %r" % lines, file=sys.stderr)
        return 1
    if "study" not in lines:
        print("\nFAIL: history file lacks 'study': %r" % lines, file=sys.stderr)
        return 1

    # Run 2: the history of run 1 is recalled with Up (Ctrl-P).
    child = spawn(binary, env)
    child.expect("recall> ")
    child.send("\x10\x10")  # Ctrl-P twice: `show evil`, then `study`
    child.expect("tudy")  # redrawn over `show evil`, possibly in pieces
    child.send("\r")
    child.expect("answer> ")
    child.sendintr()
    child.expect("recall> ")
    # An answer saved just before the process is killed is not lost.
    child.sendline("study")
    child.expect("answer> ")
    child.sendline("nope")
    child.expect("changes> ")
    child.sendline("")
    child.expect("saved again")
    child.kill(signal.SIGKILL)
    child.expect(pexpect.EOF)

    # Run 3: the answer rated in run 2 is in the database, the ones cancelled are not; Ctrl-D at
    # the flip-mode rating prompt saves nothing and leaves.
    child = spawn(binary, env)
    child.expect(r"\([01] learning, 0 review, 1 new\)")
    child.expect("recall> ")
    child.sendline("study --mode flip")
    child.expect("shows the answer")
    child.send("\r")
    child.expect("rate 1-4> ")
    child.sendeof()
    child.expect("the card shown was not rated; nothing was saved for it.")
    child.expect("bye")
    child.expect(pexpect.EOF)

    # Run 3b: Ctrl-D at the typed-mode rating prompt saves nothing either.
    child = spawn(binary, env)
    child.expect(r"\([01] learning, 0 review, 1 new\)")
    child.expect("recall> ")
    child.sendline("study")
    child.expect("answer> ")
    child.sendline("safe red")
    child.expect("changes> ")
    child.sendeof()
    child.expect("the card shown was not rated; nothing was saved for it.")
    child.expect(pexpect.EOF)
    child = spawn(binary, env)
    child.expect(r"\([01] learning, 0 review, 1 new\)")
    child.expect("recall> ")  # readline drops what was typed before it took the terminal
    child.sendeof()
    child.expect(pexpect.EOF)

    # Run 4: `recall study` stopped by Ctrl-C exits as interrupted programs do (130), after its summary.
    child = spawn(binary, env, ["study"])
    child.expect("answer> ")
    child.sendintr()
    child.expect("question cancelled; nothing was saved for it.")
    child.expect("studied|no cards studied")
    child.expect(pexpect.EOF)
    child.close()
    if child.exitstatus != 130:
        print("\nFAIL: recall study stopped by Ctrl-C exited with %r, not 130" % child.exitstatus, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
