# an answer with no date line of its own, opening "besvarelse af spørgsmål nr. 9 af 8. december 2020 fra ...", is read on the question's date: LAB § 53, stk. 4 in its 2019 wording (LOV 548) matches
cmd: lovgraf check $FIX/check-date-opening-line.txt; lovgraf check --json $FIX/check-date-opening-line.txt
status: 0
contains:
the law as of 2020-12-08 (the date of the committee's question;
✓ LAB § 53, stk. 4 (afsnit 1) — quotation matches LOV nr. 548 af 2019-05-07
"date":"2020-12-08","date_from":"question"
lacks:
the document has no date
