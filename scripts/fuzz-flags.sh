# Sourced by scripts/fuzz.sh and scripts/fuzz-bench.sh: the harnesses and the
# flags and seeds of each, in one place.
#   fuzz_check      the whole check (gk::check, to_json, check_json, with and
#                   without last year's report), structure-aware mutator
#   fuzz_read       reading alone: normalise, sections, tables, rows, cells
#                   (structure-aware mutator too)
#   fuzz_normalize  the normaliser and its offset map alone
#   fuzz_cells      the cell splitter alone
#   fuzz_docx       a .docx: zip, inflate, document.xml, the table grid (readers/), then the check
#   fuzz_html       a file as the command line reads it (read_any: HTML through gumbo), then the check
#   fuzz_pdf_layout the PDF layout analysis on text boxes (native and page share it), then the check
GK_FUZZ_HARNESSES=(fuzz_check fuzz_read fuzz_normalize fuzz_cells fuzz_docx fuzz_html fuzz_pdf_layout)
GK_FUZZ_READERS=(fuzz_docx fuzz_html fuzz_pdf_layout)
root=${root:-$PWD}

# Inputs are capped at 4 KiB: a report's three tables with their headings
# take about 3 KiB (fuzz/corpus/compact_*.txt), and time per execution grows
# with length; longer inputs are the scaling tests' business
# (tests/unit/test_limits.cpp). ASan keeps 8 frames of each allocation's
# stack instead of 30 (collecting them was 5 % of the time; a report still
# shows where the memory came from) and checks every access as before.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=8}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

# The file readers take whole files: a generated .docx is about 5 KB (70 KB stored), an HTML page up to 90 KB, a
# real 10-page PDF's boxes 18 KB; their caps leave room for those (zip bytes need no dictionary).
fuzz_flags() {
  local h=$1
  case "$h" in
    fuzz_cells) echo "-max_len=1024 -dict=$root/fuzz/gkcheck.dict" ;;  # a few table lines are what the splitter sees
    fuzz_docx) echo "-max_len=131072" ;;
    fuzz_html) echo "-max_len=131072 -dict=$root/fuzz/gkcheck.dict" ;;
    fuzz_pdf_layout) echo "-max_len=65536 -dict=$root/fuzz/gkcheck.dict" ;;
    *) echo "-max_len=4096 -dict=$root/fuzz/gkcheck.dict" ;;
  esac
}

# The readers' seeds, made once in build/fuzz/seeds-HARNESS: .docx and HTML pages of generated
# reports (gkgen, from the native build), the real PDFs' boxes (pdf_boxes, from the fuzz build).
reader_seeds() {
  local h=$1 dir=$root/build/fuzz/seeds-$1 gkgen=$root/build/native/tests/gen/gkgen n
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir.tmp"
    case "$h" in
      fuzz_docx|fuzz_html)
        if [ -x "$gkgen" ]; then
          for n in 1 2 3 4 5 6; do
            if [ "$h" = fuzz_docx ]; then
              "$gkgen" --seed "$n" --layout tab --docx >"$dir.tmp/gen_$n.docx"
              # Stored (not deflated): byte mutations reach the XML (the fuzz build skips the CRC).
              "$gkgen" --seed "$n" --layout tab --docx-stored >"$dir.tmp/gen_${n}_stored.docx"
            else "$gkgen" --seed "$n" --layout html >"$dir.tmp/gen_$n.html"; fi
          done
        else echo "fuzz: $gkgen is not built: $h starts from its corpus alone" >&2; fi ;;
      fuzz_pdf_layout)
        for f in "$root"/tests/fixtures/real/*.pdf; do
          "$root/build/fuzz/pdf_boxes" "$f" >"$dir.tmp/$(basename "$f" .pdf).boxes"
        done ;;
    esac
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

fuzz_seeds() {
  local h=$1
  if [[ " ${GK_FUZZ_READERS[*]} " == *" $h "* ]]; then
    reader_seeds "$h"
    [ "$h" = fuzz_html ] && echo "$root/tests/fixtures/seeds"  # text as an .html file: the fallback
    return 0
  fi
  echo "$root/fuzz/corpus $root/tests/fixtures/seeds"
  [ -d "$root/tests/fixtures/fuzz-regressions" ] && echo "$root/tests/fixtures/fuzz-regressions"
  return 0
}
