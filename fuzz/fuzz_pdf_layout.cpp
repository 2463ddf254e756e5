// libFuzzer harness on the PDF layout analysis (readers/src/pdf_layout.cpp),
// the code native and the page share: the input is read as text boxes, one a
// line "page x y w h flags text" (flags 1 vertical, 2 space after; numbers as
// written, NaN and huge ones included), then laid out and checked by the core.
// Seeds: the real PDFs' boxes in this form (fuzz/pdf_boxes.cpp; scripts/fuzz.sh makes them).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "gkcheck/check.h"
#include "gkread/read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<gkread::PdfPage> pages;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::string line;
  while (std::getline(in, line) && pages.size() < 50) {
    std::istringstream ls(line);
    unsigned page = 0;
    double x = 0, y = 0, w = 0, h = 0;
    int flags = 0;
    if (!(ls >> page >> x >> y >> w >> h >> flags)) continue;
    page %= 16;
    while (pages.size() <= page) pages.push_back(gkread::PdfPage{595, 842, {}});
    gkread::PdfBox b;
    b.x = x;
    b.y = y;
    b.w = w;
    b.h = h;
    b.vertical = flags & 1;
    b.space_after = flags & 2;
    if (ls.peek() == ' ') ls.get();  // the one space after the flags
    std::getline(ls, b.text);
    pages[page].boxes.push_back(std::move(b));
  }
  const gkread::Read r = gkread::layout_pdf(pages);
  if (r.ok == !r.error.empty()) std::abort();
  if (r.ok) (void)gk::check(r.text);
  return 0;
}
