#!/usr/bin/env bash
# Checks the write-up built by paper/build.sh (default out/paper/), as a
# reader would and as the build cannot by itself:
#   - the PDF exists and has pages;
#   - as many sections, figures and tables as paper.tex has, each numbered
#     (counted in the .aux) and at least the write-up's minimum;
#   - no "??" in the text (an unresolved \ref or \cite) and no undefined
#     reference or citation in the log;
#   - the numbers are this run's: the results digest the PDF was built with
#     is that of out/results/ now, and every \result the text uses was
#     defined by it (a missing one stops the build; here: that some were used);
#   - no overfull line wider than 1pt (text running into the margin);
#   - the figures drawn as vector PDF (paper/build.sh) have their text as
#     text: every font embedded, and none of the mojibake gonum/plot's own
#     PDF writer makes of Greek letters and symbols ("Î»" for λ).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-out/paper}
fail() { echo "paper check: $*" >&2; exit 1; }

pdf="$dir/paper.pdf" log="$dir/paper.log" aux="$dir/paper.aux"
[ -s "$pdf" ] || fail "no $pdf"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 8 ] || fail "$pdf has ${pages:-0} pages"

count() { grep -c "$1" "$2" || true; }
sections=$(count '\\contentsline {section}' "$aux")
figures=$(count '\\contentsline {figure}' "$aux")
tables=$(count '\\contentsline {table}' "$aux")
want_sections=$(grep -c '^\\section{' paper/paper.tex)
want_figures=$(grep -c '^\\begin{figure}' paper/paper.tex)
want_tables=$(grep -c '^\\begin{table}' paper/paper.tex)
[ "$sections" -eq "$want_sections" ] || fail "$sections sections in the PDF, $want_sections in paper.tex"
[ "$figures" -eq "$want_figures" ] || fail "$figures numbered figures in the PDF, $want_figures in paper.tex"
[ "$tables" -eq "$want_tables" ] || fail "$tables numbered tables in the PDF, $want_tables in paper.tex"
[ "$sections" -ge 6 ] && [ "$figures" -ge 10 ] && [ "$tables" -ge 4 ] ||
	fail "$sections sections, $figures figures, $tables tables: fewer than the write-up has"

text=$(pdftotext -layout "$pdf" -)
if grep -n '??' <<<"$text" >&2; then fail "unresolved reference (??) in the text"; fi
if grep -E "LaTeX Warning: (Reference|Citation).*undefined|There were undefined references|Package results Error" "$log" >&2; then
	fail "undefined reference, citation or result in $log"
fi
if grep -E "Warning--I didn't find a database entry" "$dir/paper.blg" >&2; then fail "citation missing from references.bib"; fi

built=$(sed -n 's/^linae-results-digest: \([0-9a-f]*\).*/\1/p' "$log" | head -1)
now=$(go run ./cmd/papermacros -results out/results -digest)
[ -n "$built" ] || fail "no results digest in $log"
[ "$built" = "$now" ] || fail "the PDF was built from other results ($built) than out/results/ holds now ($now)"
used=$(grep -c '^linae-result-used: ' "$log" || true)
[ "$used" -ge 100 ] || fail "only $used \\result uses in the log"
figs=$(grep -c '^linae-figure-used: ' "$log" || true)
vector=$(grep -c '^linae-figure-used: .*\.pdf$' "$log" || true)
if [ "$vector" -eq 0 ] && command -v rsvg-convert >/dev/null && fc-list -q 'Liberation Serif' 2>/dev/null; then
	fail "no figure went in as vector PDF, though rsvg-convert and the Liberation fonts are here (no out/figures-svg/ from this run's notebooks?)"
fi
if pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes"' | grep . >&2; then fail "a font not embedded in $pdf"; fi
# UTF-8 read as Latin-1: Greek letters come out as Î or Ï and a second
# character, symbols (−, ‖, ×) as â€, Ã—.
if grep -n -E 'Î.|Ï.|â€|Ã' <<<"$text" >&2; then fail "mojibake in the text of $pdf (a figure's labels?)"; fi

wide=$(awk '/^Overfull \\hbox/ { w = $3; sub(/\(/, "", w); sub(/pt/, "", w); if (w + 0 > 1) print }' "$log")
[ -z "$wide" ] || fail "lines into the margin: $wide"

echo "paper check: $pdf: $pages pages, $sections sections, $figures figures ($figs images from the notebooks, $vector of them vector PDF), $tables tables, $used results quoted, results digest ${now:0:16}"
