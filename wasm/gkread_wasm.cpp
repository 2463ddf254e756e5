// The file readers' WebAssembly module (embind), apart from the checker's so
// that the page loads it only when a .docx or .pdf is opened:
//   build/wasm/gkread_wasm.js → createGkread() → {readDocx, layoutPdf, version}
// wasm/gkread_post.js wraps these into the JavaScript API (see there).
//   readDocx(ptr, len)                 a .docx's bytes in the module's memory
//   layoutPdf(pages, boxes, texts)     (post.js; layoutPdfAt here) PDF.js's text items: pages = [w, h, …] per page; boxes =
//                                      [page, x, y, w, h, flags, …] per item (top-left origin, y
//                                      down; flags 1 vertical, 2 space after); texts = the
//                                      items' strings joined by U+0000
// Each returns {ok, text, error} (error in Chinese), from the shared C++ code of readers/.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <vector>

#include "gkread/read.h"

namespace {

emscripten::val result(const gkread::Read& r) {
  emscripten::val o = emscripten::val::object();
  o.set("ok", r.ok);
  o.set("kind", std::string(gkread::kind_name(r.kind)));
  o.set("text", r.text);
  o.set("error", r.error);
  return o;
}

emscripten::val read_docx(std::uintptr_t ptr, std::size_t len) {
  return result(gkread::read_docx(std::string_view(reinterpret_cast<const char*>(ptr), len)));
}

// The numbers are Float64Arrays copied into memory by gkread_post.js (pointers and counts):
// embind's array conversion calls JavaScript methods, which needs thread-local storage.
emscripten::val layout_pdf(std::uintptr_t pages_ptr, std::size_t pages_n, std::uintptr_t boxes_ptr, std::size_t boxes_n,
                           std::string texts) {
  const double* pp = reinterpret_cast<const double*>(pages_ptr);
  const double* bp = reinterpret_cast<const double*>(boxes_ptr);
  const std::vector<double> sizes(pp, pp + pages_n);
  const std::vector<double> boxes(bp, bp + boxes_n);
  std::vector<gkread::PdfPage> pages(sizes.size() / 2);
  if (pages.size() > gkread::kMaxPdfPages) {
    gkread::Read r;
    r.kind = gkread::Kind::Pdf;
    r.error = gkread::msg::kTooManyPages;
    return result(r);
  }
  for (std::size_t i = 0; i < pages.size(); ++i) {
    pages[i].width = sizes[2 * i];
    pages[i].height = sizes[2 * i + 1];
  }
  std::size_t at = 0;
  for (std::size_t i = 0; i + 6 <= boxes.size(); i += 6) {
    const std::size_t end = texts.find('\0', at);
    const std::string text = texts.substr(at, end == std::string::npos ? std::string::npos : end - at);
    at = end == std::string::npos ? texts.size() : end + 1;
    const double p = boxes[i];
    if (!(p >= 0) || p >= static_cast<double>(pages.size())) continue;
    gkread::PdfBox b;
    b.x = boxes[i + 1];
    b.y = boxes[i + 2];
    b.w = boxes[i + 3];
    b.h = boxes[i + 4];
    const int flags = static_cast<int>(boxes[i + 5]);
    b.vertical = flags & 1;
    b.space_after = flags & 2;
    b.text = text;
    pages[static_cast<std::size_t>(p)].boxes.push_back(std::move(b));
  }
  return result(gkread::layout_pdf(pages));
}

std::string version() { return GKCHECK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(gkread) {
  emscripten::function("readDocxAt", &read_docx);
  emscripten::function("layoutPdfAt", &layout_pdf);
  emscripten::function("version", &version);
}
