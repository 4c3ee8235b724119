# each kind of reference has its line style (repeals bold red, cites solid), and the legend names
# the kinds the picture holds, only those
cmd: lovgraf graph 'BEK sundhedskoordinator' >$TMP/g.dot; grep -o 'legend_[a-z_]*_a -> legend_[a-z_]*_b \[label="[a-z_]*", style=[a-z]*, color="[^"]*"' $TMP/g.dot; python3 tests/fixtures/dot_lines.py <$TMP/g.dot | grep '^edge' | sort -u
contains:
legend_cites_a -> legend_cites_b [label="cites", style=solid, color="#333333"
legend_repeals_a -> legend_repeals_b [label="repeals", style=bold, color="#c0392b"
edge BEK ophævelse sundhedskoordinator -> BEK sundhedskoordinator bold
lacks:
legend_quotes
legend_amends
