// .pdf on the command line: poppler-cpp's text boxes per page, then the
// shared layout analysis (pdf_layout.cpp).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "gkread/read.h"

namespace gkread {
namespace {

void quiet(const std::string&, void*) {}  // poppler's own messages (in English) are not shown

}  // namespace

Read read_pdf(std::string_view bytes, std::size_t first_pages) {
  Read r;
  r.kind = Kind::Pdf;
  std::vector<PdfPage> pages;
  if (!pdf_pages(bytes, &pages, &r.error, first_pages)) return r;
  return layout_pdf(pages);
}

bool pdf_pages(std::string_view bytes, std::vector<PdfPage>* out, std::string* error, std::size_t first_pages) {
  out->clear();
  // Once for the process: the CLI reads files on several threads.
  static std::once_flag quieted;
  std::call_once(quieted, [] { poppler::set_debug_error_function(quiet, nullptr); });
  poppler::byte_array data(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_data(&data));
  if (!doc) {
    // poppler gives no reason; an encrypted file says so in its trailer.
    *error = bytes.find("/Encrypt") != std::string_view::npos ? msg::kEncrypted : msg::kBadPdf;
    return false;
  }
  if (doc->is_locked()) {
    *error = msg::kEncrypted;
    return false;
  }
  const int n = doc->pages();
  if (n <= 0) {
    *error = msg::kBadPdf;
    return false;
  }
  if (static_cast<std::size_t>(n) > kMaxPdfPages) {
    *error = msg::kTooManyPages;
    return false;
  }
  const int read = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(n), first_pages));
  std::vector<PdfPage> pages;
  pages.reserve(static_cast<std::size_t>(read));
  for (int i = 0; i < read; ++i) {
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    PdfPage page;
    if (!p) {
      pages.push_back(page);
      continue;
    }
    const poppler::rectf rect = p->page_rect();
    page.width = rect.width();
    page.height = rect.height();
    for (poppler::text_box& b : p->text_list()) {
      const poppler::rectf bb = b.bbox();
      const poppler::byte_array u = b.text().to_utf8();
      PdfBox box;
      box.x = bb.x();
      box.y = bb.y();
      box.w = bb.width();
      box.h = bb.height();
      box.text.assign(u.begin(), u.end());
      box.vertical = b.rotation() == 1 || b.rotation() == 3 || b.get_wmode() == poppler::text_box::vertical_wmode;
      box.space_after = b.has_space_after();
      page.boxes.push_back(std::move(box));
    }
    pages.push_back(std::move(page));
  }
  *out = std::move(pages);
  return true;
}

}  // namespace gkread
