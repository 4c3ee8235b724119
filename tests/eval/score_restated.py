#!/usr/bin/env python3
"""Score lovgraf check's `restated` findings against tests/eval/restated-answers.jsonl.

usage: score_restated.py [--lovgraf BIN] [JSONL]

Each line of JSONL: {"file", "restates": REF or null, "paragraph": N or null, "why",
"same_text": [REF...] (optional: provisions whose text is word for word the same)}.
A finding of the expected provision (or one of same_text) is a true positive (1); one of
another subsection of the same section is half a true positive (0.5, reported as such);
any other restated finding is a false positive; an expected provision not found is a miss
(a half counts as half a miss). precision = TP credit / findings, recall = TP credit /
expected.
"""
import argparse, json, re, subprocess, sys


def section(ref):
    return re.split(r",\s*(?:stk\.|nr\.)", ref)[0].strip() if ref else None


def restated_findings(binary, path):
    p = subprocess.run([binary, "--json", "check", path], capture_output=True, text=True, timeout=120)
    if p.returncode not in (0, 1) and not p.stdout.strip():
        raise RuntimeError(f"{path}: lovgraf exited {p.returncode}: {p.stderr.strip()[:200]}")
    d = json.loads(p.stdout)
    return [r for r in d.get("results", []) if r.get("status") == "restated"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lovgraf", default="build/lovgraf")
    ap.add_argument("jsonl", nargs="?", default="tests/eval/restated-answers.jsonl")
    a = ap.parse_args()
    tp = halves = fp = misses = 0.0
    n_expected = n_found = 0
    for line in open(a.jsonl, encoding="utf-8"):
        if not line.strip():
            continue
        e = json.loads(line)
        exp = e.get("restates")
        ok_refs = {exp, *e.get("same_text", [])} if exp else set()
        got = restated_findings(a.lovgraf, e["file"])
        n_found += len(got)
        n_expected += 1 if exp else 0
        verdicts, matched = [], False
        for r in got:
            ref, at = r.get("ref"), r.get("at")
            words = ", ".join(r.get("overlap", [])[:8])
            if exp and not matched and ref in ok_refs:
                matched = True
                tp += 1
                v = "TP" + ("" if ref == exp else " (same text)")
                if e.get("paragraph") and at != f"afsnit {e['paragraph']}":
                    v += f" (at {at}, expected afsnit {e['paragraph']})"
            elif exp and not matched and section(ref) in {section(x) for x in ok_refs}:
                matched = True
                tp += 0.5
                halves += 1
                misses += 0.5
                v = "HALF (other subsection of the same section)"
            else:
                fp += 1
                v = "FP" + (" (wrong provision)" if exp else " (mention only)")
            verdicts.append(f"{ref} [{at}] {v}; overlap: {words}")
        if exp and not matched:
            misses += 1
        print(f"{e['file']}\n  expected: {exp or 'none'}" + (f" (afsnit {e['paragraph']})" if exp else ""))
        if verdicts:
            for v in verdicts:
                print("  got:      " + v)
        else:
            print("  got:      none" + ("  MISS" if exp else "  ok"))
    prec = tp / n_found if n_found else float("nan")
    rec = tp / n_expected if n_expected else float("nan")
    print(f"\nTP {tp:g} (of which {halves:g} half) / FP {fp:g} / misses {misses:g}; "
          f"precision {prec:.2f} ({tp:g}/{n_found}), recall {rec:.2f} ({tp:g}/{n_expected})")


if __name__ == "__main__":
    sys.exit(main())
