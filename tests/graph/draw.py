#!/usr/bin/env python3
"""draw.py DB [SEED] -- draws the units (provision texts) the sample was read from.

Reproduces the draw described in README.md: documents are stratified by decade and kind,
shuffled with random.Random(SEED); for each document a random *unit* (a stk, or a section
without stk) whose text (label stripped) contains a citation mark is taken; a unit longer
than LONG bytes is narrowed to one random sentence holding a mark. It prints, for each
unit, its stratum, document, provision id and ref, and the text to be read by hand.
Only documents, provisions.ref/start/text are read (never edges).
"""
import random, re, sqlite3, sys

SEED = 20251201
LONG = 1200
# units wanted per stratum; pre-1990 strata have 2-7 documents, so several units a document
QUOTA = {
    ('<1950', 'LOV'): 4,
    ('1950-1989', 'LOV'): 4, ('1950-1989', 'BEK'): 4,
    ('1990-2009', 'LOV'): 6, ('1990-2009', 'AMEND'): 6, ('1990-2009', 'LBK'): 6, ('1990-2009', 'BEK'): 6,
    ('2010+', 'LOV'): 7, ('2010+', 'AMEND'): 7, ('2010+', 'LBK'): 7, ('2010+', 'BEK'): 7,
}
# a citation mark: a § sign, a subdivision with its number, a numbered or titled act,
# an EU act; bare "loven"/"denne lov" (the document itself or its act as a whole) do not count
MARK = re.compile(r'§|\b[Ss]tk\.|\bStykke|\b\d+\. pkt\.|\b[Pp]unktum|\bnr\. ?\d|\b[Kk]apitel \d|'
                  r'\b[Aa]rtikel \d|\b[Ff]orordning|\b[Dd]irektiv|\b[Ll]ov(en)? ([Nn]r|om)\b|'
                  r'\b[Ll]ovbekendtgørelse|\b[Bb]ekendtgørelse(n)? ([Nn]r|om)\b|\b[Bb]ilag \d|'
                  r'\b[Ll]itra\b|\b[Pp]aragraf|\b[Aa]nordning ([Nn]r|om)|\b[Cc]irkulære|\b[Rr]eglement|'
                  r'\b[Ll]oven af \d|\b[Ll]ov af \d|\b\w+lov(en|ens)\b')
LABEL = re.compile(r'^\s*(§+\s*\d+(\s*[a-zæøå])?(\s*-\s*\d+(\s*[a-zæøå])?)?\.|Stk\.\s*\d+\.)\s*')
SENT = re.compile(r'(?<=[.;:])\s+(?=[A-ZÆØÅ§])')


def decade(date):
    y = int(date[:4])
    return '<1950' if y < 1950 else '1950-1989' if y < 1990 else '1990-2009' if y < 2010 else '2010+'


def kind(typ, title, amending):
    if typ == 'LOV':
        return 'AMEND' if amending or re.match(r'\s*Lov om ændring', title or '', re.I) else 'LOV'
    return typ if typ in ('LBK', 'BEK') else None


def units(db, doc):
    """stk provisions, and sections with no stk child, in text order"""
    return db.execute("""SELECT p.id, p.ref, p.start, p.end, p.text FROM provisions p
        WHERE p.doc=? AND (p.kind='stk' OR (p.kind='section' AND NOT EXISTS
            (SELECT 1 FROM provisions c WHERE c.parent=p.id AND c.kind='stk')))
        ORDER BY p.start""", (doc,)).fetchall()


# a second draw (seed SEED+1), made after the first gave fewer than 150 citations: more
# units from the strata since 1990, from documents the first draw did not take
SUPPLEMENT = {
    ('1990-2009', 'LOV'): 1, ('1990-2009', 'AMEND'): 1, ('1990-2009', 'LBK'): 1, ('1990-2009', 'BEK'): 1,
    ('2010+', 'LOV'): 2, ('2010+', 'AMEND'): 2, ('2010+', 'LBK'): 2, ('2010+', 'BEK'): 2,
}


# a third draw (seed SEED_C), made to extend the sample: from documents draws A and B did
# not take; the pre-1990 strata have none left, so there it takes units not yet read from
# the documents already taken
SEED_C = 20261202
DRAW_C = {
    ('<1950', 'LOV'): 3,
    ('1950-1989', 'LOV'): 3, ('1950-1989', 'BEK'): 3,
    ('1990-2009', 'LOV'): 6, ('1990-2009', 'AMEND'): 6, ('1990-2009', 'LBK'): 6, ('1990-2009', 'BEK'): 6,
    ('2010+', 'LOV'): 6, ('2010+', 'AMEND'): 6, ('2010+', 'LBK'): 6, ('2010+', 'BEK'): 6,
}


# a fourth draw (seed SEED_D), made after fixes against draws A-C, to measure on citations
# no fix was made against: from documents draws A-C did not take (pre-1990: units not yet read)
SEED_D = 20261203
DRAW_D = {
    ('1950-1989', 'LOV'): 2, ('1950-1989', 'BEK'): 2,
    ('1990-2009', 'LOV'): 4, ('1990-2009', 'AMEND'): 4, ('1990-2009', 'LBK'): 4, ('1990-2009', 'BEK'): 4,
    ('2010+', 'LOV'): 4, ('2010+', 'AMEND'): 4, ('2010+', 'LBK'): 4, ('2010+', 'BEK'): 4,
}


# a fifth draw (seed SEED_E), made at the start of a session after fixes against draws A-D,
# to measure on citations no fix was made against: from documents sample.tsv does not hold
# (so it does not depend on the index repeating draws A-D), pre-1990: units not yet read
SEED_E = 20261204
DRAW_E = DRAW_D


def sampled():
    """the documents and provision ids sample.tsv holds"""
    import csv, os
    docs, pids = set(), set()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sample.tsv')) as f:
        for row in csv.DictReader(f, delimiter='\t'):
            docs.add(row['doc'])
            m = re.search(r'\[pid (\d+)\]', row['note'] or '')
            if m:
                pids.add(int(m.group(1)))
    return docs, pids


def main():
    db = sqlite3.connect('file:%s?mode=ro' % sys.argv[1], uri=True)
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else SEED
    taken = set()
    read = set()            # provision ids of the units already drawn
    draw(db, seed, QUOTA, taken, 'A', read)
    draw(db, seed + 1, SUPPLEMENT, taken, 'B', read)
    draw(db, SEED_C, DRAW_C, taken, 'C', read)
    draw(db, SEED_D, DRAW_D, taken, 'D', read)
    docs, pids = sampled()
    for (did,) in db.execute("SELECT id FROM documents WHERE name IN (%s)" % ','.join('?' * len(docs)), sorted(docs)):
        taken.add(did)
    read |= pids
    draw(db, SEED_E, DRAW_E, taken, 'E', read)


def draw(db, seed, quota, taken, tag, read):
    rng = random.Random(seed)
    strata = {}
    for did, name, typ, title, date, am in db.execute(
            "SELECT id, name, type, title, date, is_amending FROM documents "
            "WHERE name LIKE 'lta-%' AND date IS NOT NULL ORDER BY name"):
        k = kind(typ, title, am)
        if k:
            strata.setdefault((decade(date), k), []).append((did, name, typ, title, date))
    for st, want in quota.items():
        docs = [d for d in strata.get(st, []) if d[0] not in taken]
        if not docs:                        # every document taken: units not yet read
            docs = list(strata.get(st, []))
        rng.shuffle(docs)
        got = 0
        few = len(docs) < want * 2          # tiny stratum: several units per document
        rounds = want if few else 1
        used = set()
        for r in range(rounds):
            for did, name, typ, title, date in docs:
                if got >= want:
                    break
                cands = []
                for pid, ref, s, e, text in units(db, did):
                    if pid in used or pid in read:
                        continue
                    body = LABEL.sub('', text, count=1)
                    if MARK.search(body):
                        cands.append((pid, ref, s, e, text))
                if not cands:
                    continue
                pid, ref, s, e, text = rng.choice(cands)
                used.add(pid)
                read.add(pid)
                part, off = text, 0
                if len(text.encode()) > LONG:
                    pieces, pos = [], 0
                    for m in SENT.finditer(text):
                        pieces.append((pos, text[pos:m.start()]))
                        pos = m.end()
                    pieces.append((pos, text[pos:]))
                    pieces = [p for p in pieces if MARK.search(LABEL.sub('', p[1], count=1))]
                    off, part = rng.choice(pieces)
                got += 1
                taken.add(did)
                print('=' * 100)
                print('UNIT' + tag + ' %s|%s|%s|%s|%s|pid=%d|ref=%s|from_char=%d' % (st[0], st[1], name, typ, date, pid, ref, off))
                print('TITLE', title)
                print(part)
        if got < want:
            print('# stratum %s: only %d of %d units' % (st, got, want))


if __name__ == '__main__':
    main()
