# an annex table: one "row" per topic, its cells' <p> paragraphs below it; a row with an empty first cell continues the row above
cmd: lovgraf --db $TMP/x.db index $FIX/letter-annex-table.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT kind||' | '||ref AS row FROM provisions WHERE doc=(SELECT id FROM documents WHERE name='letter-annex-table') ORDER BY id"
stdout:
row
document | Bilag 2 (2024-03-01)
row | Bilag 2 (2024-03-01), Opfølgningssamtaler
paragraph | Bilag 2 (2024-03-01), Opfølgningssamtaler, afsnit 1
paragraph | Bilag 2 (2024-03-01), Opfølgningssamtaler, afsnit 2
paragraph | Bilag 2 (2024-03-01), Opfølgningssamtaler, afsnit 3
paragraph | Bilag 2 (2024-03-01), Opfølgningssamtaler, afsnit 4
paragraph | Bilag 2 (2024-03-01), Opfølgningssamtaler, afsnit 5
row | Bilag 2 (2024-03-01), Lægeattester
paragraph | Bilag 2 (2024-03-01), Lægeattester, afsnit 1
