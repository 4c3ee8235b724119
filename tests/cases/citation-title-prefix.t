# cite: an executive order named by the start of its title ("bekendtgørelse om rehabiliteringsplan og rehabiliteringsteam") resolves to it
cmd: lovgraf cite --json 'Det følger af § 9 i bekendtgørelse om rehabiliteringsplan og rehabiliteringsteam, at'
contains:
"results":[{"ref":"BEK rehabiliteringsplan § 9"
"match":"§ 9 i bekendtgørelse om rehabiliteringsplan og rehabiliteringsteam"
