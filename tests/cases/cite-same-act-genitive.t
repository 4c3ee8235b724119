# "samme lovs § 21 a" and "nævnte lovs § 24" right before a § point back to the act named last
# before them (here sygedagpengeloven), not to the act the text stands in (LAB)
cmd: lovgraf cite --in 'LAB § 53' 'Godtgørelse efter sygedagpengelovens § 52 samt renter efter samme lovs § 21 a og nævnte lovs § 24'
contains:
“samme lovs § 21 a”  →  SDP § 21 a
“nævnte lovs § 24”  →  SDP § 24
lacks:
LAB § 21 a
LAB § 24
