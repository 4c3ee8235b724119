# "i samme lov" is the act named last before it in the text, not the context act
cmd: lovgraf cite --json --in "LAB § 4" "jf. § 15 i lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. og regler udstedt i medfør af § 12 i samme lov"
contains:
"ref":"LOB § 15"
"ref":"LOB § 12"
lacks:
"ref":"LAB § 12"
"ref":"LAB § 15"
