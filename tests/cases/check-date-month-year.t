# an answer carrying only "Maj 2022" is read on that month's last day, 2022-05-31, and says so: the consolidation of 2022-05-22 (LBK 701) is the version compared
cmd: lovgraf check $FIX/check-date-month-year.txt; lovgraf check --json $FIX/check-date-month-year.txt
status: 0
contains:
the law as of 2022-05-31 (only a month and year: Maj 2022;
read as its last day)
✓ LAB § 53, stk. 4 (afsnit 1) — quotation matches LBK nr. 701 af 2022-05-22
"date":"2022-05-31","date_from":"month","date_month":"Maj 2022"
lacks:
the document has no date
