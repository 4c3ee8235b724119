# "i den nævnte lov", "i nævnte lov" (like "i samme lov") are the act named last before them
# in the text, not the context act
cmd: lovgraf cite --json --in "LAB § 4" "jf. § 15 i lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. og regler udstedt i medfør af § 12 i den nævnte lov samt § 14 i nævnte lov"
contains:
"ref":"LOB § 15"
"ref":"LOB § 12"
"ref":"LOB § 14"
lacks:
"ref":"LAB § 12"
"ref":"LAB § 14"
