# an answer with no date of its own is read on the date of the committee's letter that asked the question, and says so
cmd: lovgraf check corpus/seeds/000_a47d6fe686b6bab7.txt; lovgraf check --json corpus/seeds/000_a47d6fe686b6bab7.txt
status: 0
contains:
the law as of 2017-07-03 (the date of the committee's question;
the answer has no date of its own)
"date":"2017-07-03","date_from":"question"
