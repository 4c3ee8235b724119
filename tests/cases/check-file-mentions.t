# a letter and the annex it encloses belong together: the rules the annex quotes (LAB § 53, stk. 4; LAB § 113, stk. 3) are not "not mentioned" for the letter after it in the same file; the same letter alone lists them (with --no-restated: else LAB § 113, stk. 3, which the letter restates, is reported restated instead)
cmd: for f in corpus/seeds/002_72278e173f068d6f.txt corpus/seeds/004_0a4be0c31ea270f3.txt; do lovgraf check --no-restated "$f" | sed -n '/^00[24]_[0-9a-f]*\(-2\)\? — Brev til borgmestrene/,/^$/p' | grep -c '○ LAB § 53, stk. 4 \|○ LAB § 113, stk. 3 '; done
stdout:
0
2
