# a script on standard input: show, refs, cite, a plain-words question, json mode, an empty line and a # comment; each line's output, no prompt
cmd: lovgraf --width 78
stdin:
# a comment line is skipped
show LAB § 6, nr. 1

refs --as-of 2025-06-01 --to "LAB § 113, stk. 3"
cite jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats
ret til samtale med sundhedskoordinator
json
show LAS § 69, stk. 2
contains:
LAB § 6, nr. 1
  Personer, som modtager dagpenge efter lov om arbejdsløshedsforsikring m.v.
provisions refer to LAB § 113, stk. 3:
  ← BEK sundhedskoordinator § 2
“§ 113, stk. 3, i lov om en aktiv beskæftigelsesindsats”
    →  LAB § 113, stk. 3
rules for: ret til samtale med sundhedskoordinator
 1. LAB § 113, stk. 3
{"ref":"LAS § 69, stk. 2","doc":"LAS"
lacks:
lovgraf>
type a question, or a command
comment
