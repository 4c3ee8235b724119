# parts of a guideline before or after its name: "afsnit 4.1 og 4.2 i vejledningen om ...", "vejledning om ..., afsnit 4.1", "punkt 8 i vejledning om ..."
cmd: lovgraf cite --json 'afsnit 4.1 og 4.2 i vejledningen om tilkendelse af førtidspension' && lovgraf cite --json 'vejledning om tilkendelse af førtidspension, afsnit 4.1' && lovgraf cite --json 'punkt 8 i vejledning om sundhedsfaglig rådgivning og vurdering'
contains:
"results":[{"ref":"VEJ førtidspension afsnit 4.1"
{"ref":"VEJ førtidspension afsnit 4.2"
"match":"vejledning om tilkendelse af førtidspension, afsnit 4.1"
"results":[{"ref":"VEJ sundhedsfaglig rådgivning punkt 8"
