# a paragraph that names an executive order by number, date and title ("Reglerne findes i
# bekendtgørelse nr. 2409 af 13. december 2021 om ret til samtale med sundhedskoordinator
# og koordinerende sagsbehandler for personer i ressourceforløb") does not restate its § 1,
# which echoes the title: the title's words are not counted as shared with that order's
# rules (BEK sundhedskoordinator § 1 was "restated", sharing "ret", "samtale",
# "sundhedskoordinator", "koordinerende", "sagsbehandler", "ressourceforløb", ...)
cmd: lovgraf --width 0 check $FIX/check-executive-order.txt
status: 1
contains:
  3 match, 1 differ, 0 not found, 2 not in corpus, 1 cited, 5 not mentioned
lacks:
↺
restated
