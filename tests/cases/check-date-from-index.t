# a letter whose text has no date (seed 004, the letter to the mayors) checked by its
# indexed name is read on the date the index holds for it (the corpus's metadata),
# and says so: date_from "index", not "document"
cmd: lovgraf check 004_0a4be0c31ea270f3 | sed -n 2,3p; lovgraf check --json 004_0a4be0c31ea270f3 | grep -o '"date":"[0-9-]*","date_from":"[a-z-]*"' | head -1
status: 0
stdout:
  the law as of 2022-06-03 (the date the index holds for it: its text
  has none)
"date":"2022-06-03","date_from":"index"
