# stats counts the quoted new texts of amending acts attributed to a section, the uncertain ones, and the sections changed later than their act's latest version
cmd: lovgraf stats && lovgraf stats --json
contains:
quoted new texts of amending acts attributed to a section (
"changes":
"changes_uncertain":
"sections_changed_later":
