# "Kapitel 2 a" is a chapter of its own: § 2 a and § 2b (written without a space) belong to it, § 3 to kapitel 3
cmd: lovgraf --db $TMP/x.db index $FIX/statute-chapter.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT kind||' | '||ref||' | '||chapter AS row FROM provisions WHERE kind IN ('chapter','section') ORDER BY id"
stdout:
row
chapter | lov om cykelparkering kapitel 1 | 1
section | lov om cykelparkering § 1 | 1
chapter | lov om cykelparkering kapitel 2 | 2
section | lov om cykelparkering § 2 | 2
chapter | lov om cykelparkering kapitel 2 a | 2 a
section | lov om cykelparkering § 2 a | 2 a
section | lov om cykelparkering § 2 b | 2 a
chapter | lov om cykelparkering kapitel 3 | 3
section | lov om cykelparkering § 3 | 3
