# show --history --json: the versions oldest first, each with its text and a diff of old and new words; the later change marked as a change
cmd: lovgraf show --json --history --as-of 2026-12-01 'LAB § 109'
contains:
"history":[{"document":"lta-2019-548"
{"document":"lta-2024-280","type":"LBK","number":"280","date":"2024-03-01"
"repealed":false,"change":false,"after_date":false,"compared":true,"same":true,"diff":[]}
{"document":"lta-2024-1657","type":"LOV","number":"1657","date":"2024-12-30"
"change":true,"certain":true,"after_date":false,"compared":true,"same":false,"diff":[{"op":"changed","old":"Senest 4 uger
"new":"En sag kan"
