# words that mark a draft ("kan formuleres således: ”...”") before a quotation of a
# section the act has: not a proposal but a quotation, and § 29 of lov om
# sygedagpenge says 26 weeks, not 52: it differs (exit 1)
cmd: lovgraf check $FIX/check-proposed-not-existing-only.txt
status: 1
contains:
  ✗ SDP § 29 (afsnit 1) — quotation differs from LBK nr. 1221 af 2025-10-09: … den sygemeldte inden højst [52 → 26]
  0 match, 1 differ, 0 not found,
lacks:
, 1 proposed
— proposed
