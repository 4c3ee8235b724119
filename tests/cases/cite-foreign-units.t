# "stk.", "nr." and "litra" of an article of an EU regulation or of an annex are not the subsections
# and items of the act the text stands in; the article is a part of the regulation, a document
# known only by citation
cmd: lovgraf cite --in 'LAB § 53' 'jf. artikel 92, stk. 1, litra c, i forordning (EU) nr. 575/2013'; lovgraf cite --in 'LAB § 53' 'stoffer i bilag 5, nr. 1-9, og § 3, stk. 2'; lovgraf cite --in 'LAB § 53' 'jf. stk. 2'
contains:
→  forordning (eu) 575/2013 artikel 92, stk. 1, litra c  [not in the index]
LAB § 3, stk. 2
LAB § 53, stk. 2
lacks:
LAB § 53, stk. 1
LAB § 53, nr.
LAB § 53, stk. 1, litra c
