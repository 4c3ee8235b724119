# a folder holding PDFs beside *.txt: each PDF (seeds typeset with groff) is indexed as a letter,
# its metadata read from its text as from the seed's (committee, question, case, asker, party,
# minister, date), and its paragraphs are the seed's to the word (the seed's .txt, read after it,
# has the same text: same_as); a .txt that holds a PDF is read as one; other files are not read
cmd: mkdir $TMP/w; cp $CORPUS/seeds/000_a47d6fe686b6bab7.txt $TMP/w/answer.txt; bash tests/pdf/txt2pdf.sh $CORPUS/seeds/000_a47d6fe686b6bab7.txt $TMP/w/answer-pdf.pdf 6; bash tests/pdf/txt2pdf.sh $CORPUS/seeds/004_0a4be0c31ea270f3.txt $TMP/w/mayors.PDF; bash tests/pdf/txt2pdf.sh $CORPUS/seeds/003_43a2c2f504f3e947.txt $TMP/w/final.txt; cp $TMP/w/answer-pdf.pdf $TMP/w/copy.bin; lovgraf --db $TMP/x.db index --quiet $TMP/w >/dev/null; echo "index: $?"; lovgraf --db $TMP/x.db sql "SELECT d.name, d.type, d.date, d.committee, d.question, d.case_, d.asker, d.party, d.minister, s.name AS same_as, substr(d.path, -4) FROM documents d LEFT JOIN documents s ON s.id = d.same_as WHERE d.is_letter ORDER BY d.name"
stdout:
index: 0
name	type	date	committee	question	case_	asker	party	minister	same_as	substr(d.path, -4)
answer	SVAR	2017-07-03	Beskæftigelsesudvalget	497	alm. del	Finn Sørensen	EL	NULL	answer-pdf	.txt
answer-pdf	SVAR	2017-07-03	Beskæftigelsesudvalget	497	alm. del	Finn Sørensen	EL	NULL	NULL	.pdf
final	SVAR	2012-11-21	Beskæftigelsesudvalget	68	L 53	NULL	NULL	Mette Frederiksen	NULL	.txt
mayors	BREV	NULL	NULL	NULL	NULL	NULL	NULL	Peter Hummelgaard	NULL	.PDF
