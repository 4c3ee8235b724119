#!/usr/bin/env bash
# tests/pdf/txt2pdf.sh -- typesets a letter's text (a seed or a fixture) as a PDF
# with groff, the way a ministry's PDF is laid out, for the PDF-input cases:
#
#   txt2pdf.sh TXT PDF [PAGE_INCHES]
#
# The text's line breaks are not kept: its paragraphs (after a blank line or at an
# indented line) are
# set again, filled and justified to 5.5 inches, with groff's hyphenation at line
# ends; a short line of its own (an address, "Svar:", a date) stays a line. The
# ministry's letterhead stands right-aligned at the top, beside the first paragraph
# when that is an address (a second column on the same lines); every page has a running header, the page
# number "Side N" at its foot, and pages are PAGE_INCHES tall (default 11), so
# a short page breaks a paragraph across pages. Needs groff (gropdf) and perl.
set -euo pipefail
txt=$1 pdf=$2 page=${3:-11}
perl -CSD -Mutf8 -e '
	local $/; my $t = <STDIN>;
	$t =~ s/\r//g;
	$t =~ s/(\p{Ll})-[ \t]*\n[ \t]*(\p{Ll})/$1$2/g;   # the source'"'"'s own hyphenation undone
	my @paras = split /\n[ \t]*\n|\n(?=[ \t]+\S)/, $t;   # a line indented opens a paragraph
	my @head = ("Beskæftigelsesministeriet", "Holmens Kanal 20", "1060 København K");
	print ".pl ${ARGV[0]}i\n.ll 5.5i\n.po 1i\n.hy 1\n.nr HY 1\n",
	      ".de HD\n.sp 0.5i\n.tl \x27\x27\x27Beskæftigelsesministeriet\x27\n.sp 0.5i\n..\n",
	      ".de FO\n.sp 0.3i\n.tl \x27\x27Side \\\\n%\x27\x27\n.bp\n..\n",
	      ".wh 0 HD\n.wh -0.8i FO\n.ta 5.5iR\n";
	my $first = 1;
	for my $p (@paras) {
		my @l = grep { /\S/ } split /\n/, $p;
		next unless @l;
		s/^[ \t]+|[ \t]+$//g for @l;
		s/\\/\\e/g for @l;
		s/^([.\x27])/\\&$1/ for @l;
		if ($first) {   # the letterhead: beside an address, else above the text
			$first = 0;
			my $address = @l >= 2 && @l <= 4 && !grep { length($_) > 40 } @l;
			my $k = $address ? @l : 0;
			$k = @head if @head > $k;
			for my $i (0 .. $k - 1) {
				print $address && $i < @l ? $l[$i] : "", $i < @head ? "\t$head[$i]" : "", "\n.br\n";
			}
			print ".sp\n";
			next if $address;
		}
		my $short = !grep { length($_) > 50 || /[,;]$/ } @l;
		if ($short && @l > 1) { print "$_\n.br\n" for @l }
		else { print join(" ", @l), "\n" }
		print ".sp\n";
	}
' "$page" <"$txt" | groff -k -Tpdf >"$pdf"
