#!/usr/bin/env python3
"""score.py DB [SAMPLE] -- scores lovgraf's citation edges against the hand-read sample.

For every row of sample.tsv (default: beside this script) the provision is found in DB
(document `doc`, provisions.ref = `provision`; the "[pid N]" in the note settles ties), the
citation's words `cite_text` are found in the provision's text (the N-th time for
"[occ N]" in the note, else the first) and turned into a byte span of the document text.
Every 'cites' edge of that document whose span overlaps it is attributed to the citation
(the rows sharing doc, provision, cite_text and occurrence are one citation expression: a
list "§§ 14-16" is one expression, one row per element).

An edge is correct for a row when
  expect_doc is "-":  its dst is NULL (kept unresolved);
  otherwise:          dst is not NULL, documents.act of dst's document equals that of
                      expect_doc, and dst's ref without its act's short name equals
                      expect_ref (compared lower-cased, whitespace collapsed).
precision = attributed edges correct for some row of their expression / attributed edges
recall    = rows with at least one correct edge / rows
Both overall, by decade, by kind and by kind of target; then the wrong edges and the missed
rows.  A second recall ("act right") only asks for dst in the right act (or NULL for "-").
Plain python3, stdlib only; opens DB read-only; exits 0.
"""
import csv, os, re, sqlite3, sys
from collections import defaultdict, OrderedDict


def norm(s):
    s = (s or '').replace('\\n', ' ').replace('\n', ' ').lower()
    return re.sub(r'\s+', ' ', s).strip()


def find_occ(text, cite, n):
    """char position of the n-th occurrence of cite in text, not inside a longer number
    or a lettered section ("§ 2" is not found in "§ 20" or "§ 2 a"); -1 if absent"""
    pos = -1
    for _ in range(n):
        while True:
            pos = text.find(cite, pos + 1)
            if pos < 0:
                return -1
            after = text[pos + len(cite): pos + len(cite) + 3]
            if cite[-1].isdigit() and (after[:1].isdigit() or re.match(r' [a-zæøå](\W|$)', after)):
                continue
            break
    return pos


class Index:
    def __init__(self, path):
        self.db = sqlite3.connect('file:%s?mode=ro' % path, uri=True)
        self.db.row_factory = sqlite3.Row
        self.db.text_factory = lambda b: b.decode('utf-8', 'replace')   # some act keys are cut inside a character
        self._doc = {}
        self._short = {}
        self._prov = {}

    def doc(self, name):
        if name not in self._doc:
            self._doc[name] = self.db.execute(
                "SELECT id, act, title FROM documents WHERE name=?", (name,)).fetchone()
        return self._doc[name]

    def short(self, act):
        if act not in self._short:
            r = self.db.execute("SELECT short FROM acts WHERE key=?", (act,)).fetchone()
            self._short[act] = r[0] if r else act
        return self._short[act]

    @staticmethod
    def path(ref):
        """(section, stk, nr, litra) of a canonical ref, read from its last "§ ...":
        "LAB § 6, stk. 2, nr. 1" -> ("6", 2, "1", None); None when it names no §."""
        m = re.search(r'§\s*(\d+(?: ?[a-z])?)(?:, stk\. (\d+))?(?:, nr\. (\w+))?(?:, litra (\w))?\s*$',
                      ref.replace('\\n', ' ').strip())
        if not m:
            return None
        sec = re.sub(r'(\d)([a-z])$', r'\1 \2', m.group(1))
        return sec, int(m.group(2)) if m.group(2) else None, m.group(3), m.group(4)

    def provision(self, docname, ref, pid):
        """The provision ref names in document docname, found by its path (section, stk.,
        nr., litra) so that refs written by another lovgraf version still match; pid is
        used only when it is that provision."""
        d = self.doc(docname)
        if not d:
            return None
        p = self.path(ref)
        q = ("SELECT id, start, text FROM provisions WHERE doc=? AND section=? AND stk IS ?"
             " AND nr IS ? AND litra IS ? AND kind!='document'")
        if pid and p:
            r = self.db.execute(q + " AND id=?", (d['id'],) + p + (pid,)).fetchone()
            if r:
                return r
        if p:
            r = self.db.execute(q + " ORDER BY start LIMIT 1", (d['id'],) + p).fetchone()
            if r:
                return r
        return self.db.execute("SELECT id, start, text FROM provisions WHERE doc=? AND ref=? "
                               "ORDER BY kind='document', start LIMIT 1", (d['id'], ref)).fetchone()

    def edges(self, doc_id, b0, b1):
        """cites edges of the document whose span overlaps [b0, b1)"""
        return self.db.execute(
            """SELECT e.id, e.dst, e.raw, e.start, e.end, e.t_act, e.t_chapter, e.t_section,
                      e.t_stk, e.t_nr, e.t_part, t.ref AS dst_ref, t.act AS dst_pact,
                      td.act AS dst_act, td.name AS dst_doc, td.in_corpus AS dst_in_corpus
               FROM edges e JOIN provisions s ON s.id = e.src
               LEFT JOIN provisions t ON t.id = e.dst
               LEFT JOIN documents td ON td.id = t.doc
               WHERE s.doc = ? AND e.kind = 'cites' AND e.start < ? AND e.end > ?
               ORDER BY e.start, e.id""", (doc_id, b1, b0)).fetchall()

    def dst_rel(self, e):
        """dst's ref relative to its act: "SHORT § 6, nr. 1" -> "§ 6, nr. 1" """
        ref = e['dst_ref'] or ''
        short = self.short(e['dst_pact'])
        if short and norm(ref).startswith(norm(short)):
            return norm(norm(ref)[len(norm(short)):])
        m = re.search(r'(§.*|kapitel .*|afsnit .*|bilag .*)$', ref)
        return norm(m.group(1)) if m else ('' if norm(ref) == norm(short) else norm(ref))


def judge(ix, e, row):
    """(strict, act_only) for edge e against row"""
    if row['expect_doc'] == '-':
        ok = e['dst'] is None or not e['dst_in_corpus']   # NULL, or a placeholder (EXT) outside dk-all
        return ok, ok
    if e['dst'] is None:
        return False, False
    want = ix.doc(row['expect_doc'])
    if not want or e['dst_act'] != want['act']:
        return False, False
    return ix.dst_rel(e) == norm(row['expect_ref']), True


def target_kind(row):
    if row['expect_doc'] == '-':
        return 'not in dk-all (-)'
    if row['expect_doc'] == row['doc']:
        return 'same document'
    return 'other act, whole' if not row['expect_ref'] else 'other act, provision'


def describe(ix, e):
    if e is None:
        return 'no edge'
    t = ' '.join(x for x in [(e['t_act'] or '')[:40], ('kapitel ' + e['t_chapter']) if e['t_chapter'] else '',
                             ('§ ' + e['t_section']) if e['t_section'] else '',
                             ('stk. %s' % e['t_stk']) if e['t_stk'] else '',
                             ('nr. ' + e['t_nr']) if e['t_nr'] else '', e['t_part'] or ''] if x)
    if e['dst']:
        rel = ix.dst_rel(e)
        dst = '%s%s %s' % (e['dst_doc'], '' if e['dst_in_corpus'] else ' (not in corpus)', rel or '(whole)')
    else:
        dst = 'NULL'
    return '[%s] %r -> %s (named: %s)' % (e['id'], e['raw'][:50], dst, t)


def pct(a, b):
    return '%5.1f%% (%d/%d)' % (100.0 * a / b, a, b) if b else '   -   (0/0)'


def main():
    if len(sys.argv) < 2:
        sys.exit('usage: score.py DB [sample.tsv]')
    sample = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sample.tsv')
    ix = Index(sys.argv[1])
    with open(sample, encoding='utf-8') as f:
        rows = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))

    groups = OrderedDict()          # expression key -> rows
    problems = []
    for row in rows:
        m = re.search(r'\[occ (\d+)\]', row['note'])
        row['occ'] = int(m.group(1)) if m else 1
        m = re.search(r'\[pid (\d+)\]', row['note'])
        pid = int(m.group(1)) if m else None
        row['prov'] = ix.provision(row['doc'], row['provision'], pid)
        row['span'] = None
        if row['prov'] is None:
            problems.append('%s: provision %r not found in %s' % (row['id'], row['provision'], row['doc']))
        else:
            text = row['prov']['text']
            p = find_occ(text, row['cite_text'], row['occ'])
            if p < 0:
                problems.append('%s: %r not found in the provision text' % (row['id'], row['cite_text']))
            else:
                b0 = row['prov']['start'] + len(text[:p].encode('utf-8'))
                row['span'] = (b0, b0 + len(row['cite_text'].encode('utf-8')))
        groups.setdefault((row['doc'], row['provision'], row['cite_text'], row['occ']), []).append(row)

    edge_ok = {}        # edge id -> correct for some row of an expression it is attributed to
    edge_bucket = defaultdict(set)   # edge id -> buckets (decade, kind, target kind)
    edge_info = {}
    edge_rows = defaultdict(list)
    for key, grp in groups.items():
        r0 = grp[0]
        es = []
        if r0['span']:
            d = ix.doc(r0['doc'])
            es = ix.edges(d['id'], r0['span'][0], r0['span'][1])
        for row in grp:
            row['edges'] = es
            row['ok'] = False
            row['act_ok'] = False
            for e in es:
                strict, act_only = judge(ix, e, row)
                row['ok'] |= strict
                row['act_ok'] |= act_only
                edge_ok[e['id']] = edge_ok.get(e['id'], False) or strict
                edge_info[e['id']] = e
                edge_rows[e['id']].append(row)
                for b in (('all', 'all'), ('decade', row['decade']), ('kind', row['kind']),
                          ('target', target_kind(row))):
                    edge_bucket[e['id']].add(b)

    def report(title, bucket_of):
        print('\n%s' % title)
        print('  %-24s %-22s %-22s %-22s' % ('', 'precision', 'recall', 'recall (act right)'))
        names = []
        for row in rows:
            b = bucket_of(row)
            if b not in names:
                names.append(b)
        for b in names:
            rs = [r for r in rows if bucket_of(r) == b]
            key = (title.split()[1] if title != 'Overall' else 'all', b)
            eids = [i for i, bs in edge_bucket.items() if key in bs]
            print('  %-24s %-22s %-22s %-22s' % (b, pct(sum(edge_ok[i] for i in eids), len(eids)),
                                                  pct(sum(r['ok'] for r in rs), len(rs)),
                                                  pct(sum(r['act_ok'] for r in rs), len(rs))))

    print('lovgraf citation graph, hand-checked sample: %d rows, %d expressions, %d attributed edges'
          % (len(rows), len(groups), len(edge_ok)))
    report('Overall', lambda r: 'all')
    report('By decade', lambda r: r['decade'])
    report('By kind', lambda r: r['kind'])
    report('By target', target_kind)

    print('\nWrong edges (attributed to a sampled citation, correct for none of its rows):')
    for i, ok in edge_ok.items():
        if not ok:
            rs = edge_rows[i]
            ids = sorted({int(r['id']) for r in rs})
            r0 = rs[0]
            want = '; '.join(sorted({'%s %s' % (r['expect_doc'], r['expect_ref']) for r in rs}))
            print('  rows %s %r\n      gave %s\n      want %s' % (','.join(map(str, ids)), r0['cite_text'][:60],
                                                           describe(ix, edge_info[i]), want))
    print('\nMissed rows (no correct edge):')
    shown = {}
    for r in rows:
        if not r['ok']:
            key = (r['doc'], r['provision'], r['cite_text'], r['occ'])
            if key in shown:
                gave = 'the edges listed at row %s' % shown[key]
            else:
                shown[key] = r['id']
                gave = '\n           '.join(describe(ix, e) for e in r['edges']) or 'no edge'
            print('  %s [%s %s] %r  want %s %s\n      gave %s' % (r['id'], r['kind'], r['decade'], r['cite_text'],
                                                        r['expect_doc'], r['expect_ref'] or '(whole)', gave))
    if problems:
        print('\nRows that could not be placed:')
        for p in problems:
            print('  ' + p)
    return 0


if __name__ == '__main__':
    sys.exit(main())
