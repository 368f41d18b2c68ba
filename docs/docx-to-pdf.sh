#!/usr/bin/env bash
# Converts a bulletin's DOCX (DocxRenderer) to PDF with LibreOffice, for a look by eye outside CI,
# and prints the page count. Needs soffice (libreoffice-writer) and, for the count, pdfinfo
# (poppler-utils) or python3. The GB fonts (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312) are rarely
# installed on Linux: LibreOffice substitutes them (with fonts-noto-cjk, Noto Serif/Sans CJK SC),
# so line breaks and the page count may differ from Word's with the real fonts.
#
#
# LibreOffice lays out Word's character grid (w:docGrid type="linesAndChars") with cells of 15.79 pt
# and puts each 16 pt glyph into two of them, so a 28-character line shows 14. By default the script
# therefore converts a copy whose grid is lines only (type="lines"): 22 lines a page as in Word, 27
# characters a line instead of 28. --as-is converts the file untouched.
#
#   docs/docx-to-pdf.sh [--as-is] walk-report-office/target/sample-bulletin.docx [out-dir]
#   pdftoppm -png -r 60 -f 1 -l 1 out-dir/sample-bulletin.pdf page   # page 1 as PNG
#
# (mvn -pl walk-report-office test -Dtest=SampleDocumentTest writes target/sample-bulletin.docx.)
set -euo pipefail

as_is=false
if [ "${1:-}" = "--as-is" ]; then
  as_is=true
  shift
fi
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 [--as-is] file.docx [out-dir]" >&2
  exit 2
fi
docx=$1
out=${2:-$(dirname "$docx")}
if [ ! -f "$docx" ]; then
  echo "$0: no such file: $docx" >&2
  exit 2
fi
if ! command -v soffice >/dev/null 2>&1; then
  echo "$0: soffice not found; install LibreOffice (apt-get install libreoffice-writer fonts-noto-cjk)" >&2
  exit 1
fi
mkdir -p "$out"
# a profile of its own, so that a running LibreOffice does not swallow the conversion
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
source=$docx
if [ "$as_is" = false ]; then
  source="$profile/$(basename "$docx")"
  python3 - "$docx" "$source" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as docx, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as copy:
    for entry in docx.infolist():
        data = docx.read(entry.filename)
        if entry.filename == "word/document.xml":
            data = data.replace(b'w:type="linesAndChars"', b'w:type="lines"')
        copy.writestr(entry, data)
PY
fi
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$source" >/dev/null
pdf="$out/$(basename "${docx%.*}").pdf"
if [ ! -f "$pdf" ]; then
  echo "$0: LibreOffice wrote no PDF" >&2
  exit 1
fi
if command -v pdfinfo >/dev/null 2>&1; then
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
else
  pages=$(python3 -c 'import re,sys; print(len(re.findall(rb"/Type\s*/Page[^s]", open(sys.argv[1], "rb").read())))' "$pdf")
fi
echo "$pdf: $pages pages"
