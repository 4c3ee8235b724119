#!/usr/bin/env python3
"""tests/fault/damage.py -- damaged copies of the test index, page by page.

One page of every table and index of the test index (chosen at random, seeded), and
the first page, is overwritten in a copy; on each copy every command is run. Each
must give the same answer as on the whole index (it did not read the page), or exit
3 with one line on standard error that says the index is damaged. Never a different
answer with another status. Prints one line per broken promise, then "done N pages".
"""
import os, random, shutil, subprocess, sys

BIN, DB, TMP, CORPUS = (os.environ[k] for k in ("BIN", "DB", "TMP", "CORPUS"))
SEED = os.path.join(CORPUS, "seeds", "002_72278e173f068d6f.txt")
COMMANDS = [
    ["ask", "--limit", "5", "Hvem kan få et ressourceforløb?"],
    ["ask", "--json", "--limit", "5", "which rules apply to a citizen refusing surgery"],
    ["show", "LAB § 53, stk. 4"],
    ["refs", "--to", "LAB § 113, stk. 3"],
    ["cite", "jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats"],
    ["check", SEED],
    ["sql", "SELECT count(*), sum(length(raw)) FROM edges"],
    ["stats"],
]


def run(db, cmd):
    p = subprocess.run([BIN, "--db", db] + cmd, capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def main():
    rows = subprocess.run([BIN, "--db", DB, "sql",
                           "SELECT name, pageno FROM dbstat ORDER BY pageno"],
                          capture_output=True, text=True, check=True).stdout.splitlines()[1:]
    pages = {}
    for line in rows:
        name, page = line.split("\t")
        pages.setdefault(name, []).append(int(page))
    rnd = random.Random(14)
    chosen = sorted({1} | {rnd.choice(v) for v in pages.values()})
    size = int(subprocess.run([BIN, "--db", DB, "sql", "PRAGMA page_size"], capture_output=True,
                              text=True).stdout.split()[1])
    whole = [run(DB, c) for c in COMMANDS]
    copy = os.path.join(TMP, "damaged.db")
    for page in chosen:
        shutil.copyfile(DB, copy)
        with open(copy, "r+b") as f:
            f.seek((page - 1) * size)
            f.write(bytes(rnd.randrange(256) for _ in range(size)))
        owner = next((n for n, v in pages.items() if page in v), "?")
        for cmd, good in zip(COMMANDS, whole):
            status, out, err = run(copy, cmd)
            if (status, out) == good[:2]:
                continue
            lines = err.decode("utf-8", "replace").strip().splitlines()
            if status == 3 and len(lines) == 1 and "damaged" in lines[0]:
                continue
            print(f"page {page} ({owner}): {cmd[0]} exit {status}, "
                  f"{'same' if out == good[1] else 'other'} output, stderr {lines[:2]}")
    print(f"done {len(chosen)} pages")


main()
