# a damaged index, one page at a time (a page of every table and index, and the first): every
# command (ask, show, refs, cite, check, sql, stats) gives the whole index's answer or exits 3 with
# one line saying the index is damaged; never another answer (tests/fault/damage.py)
cmd: python3 tests/fault/damage.py
stdout:
done 37 pages
