# check: a quotation that matches only a version not in force on the letter's date (SDP § 21 a: the corpus has LBK 994/2024, the annex is of 3 June 2022) gets its own mark ≈, not ✓, and says it is the nearest version
cmd: lovgraf --width 78 check $CORPUS/seeds/002_72278e173f068d6f.txt
status: 1
contains:
    ≈ SDP § 21 a (afsnit 3) — quotation matches LBK nr. 994 af 2024-08-22,
      the nearest version: none in the corpus was in force then
lacks:
✓ SDP § 21 a
