#!/usr/bin/env bash
# Prints a standalone bulletin page (HtmlRenderer.page()) to PDF with headless Chromium, as a
# visual check of its print styles (A4, GB/T 9704 margins). Not part of CI.
#
#   docs/html-to-pdf.sh [page.html] [out.pdf]
#
# Defaults to the Chinese page golden and /tmp/page.pdf; prints the page size and count (pdfinfo)
# and, if pdftoppm is installed, writes 50 dpi PNGs of the pages next to the PDF (out-1.png, ...).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
html="${1:-$here/walk-report/src/test/resources/io/github/zouliucheng/walk/report/html/golden/html-page-zh-anonymous.html}"
pdf="${2:-/tmp/page.pdf}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "no chromium found (apt-get install chromium)" >&2
  exit 1
fi
html="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$pdf" "file://$html" 2>/dev/null
if command -v pdfinfo >/dev/null; then
  pdfinfo "$pdf" | grep -E '^(Pages|Page size)'
fi
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 50 "$pdf" "${pdf%.pdf}"
fi
echo "$pdf"
