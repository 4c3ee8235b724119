# a document named by number and date that is not indexed, with its title after it ("lov nr. 146 af 13.
# april 1938 om gældsbreve"), is of the act the title names; without a title it stays unresolved, as named
cmd: lovgraf --width 78 cite 'jf. § 53 i lov nr. 9999 af 1. januar 1990 om en aktiv beskæftigelsesindsats'; lovgraf --width 78 cite 'jf. § 53 i lov nr. 9999 af 1. januar 1990'
contains:
    →  LAB § 53
    →  lov nr. 9999 af 1. januar 1990 § 53  [not in the index]
