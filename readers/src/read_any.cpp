// Native: a file's bytes → the text to check, by content.
#include <iconv.h>

#include <string>

#include "gkread/read.h"
#include "text_util.h"

namespace gkread {
namespace {

// A web page saved by an old system is often GB2312/GBK: read as GB18030
// (its superset) when the bytes are not UTF-8. False when that fails too.
bool from_gb18030(std::string_view in, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->assign(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = &(*out)[0];
  std::size_t dst_left = out->size();
  const std::size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1) || src_left != 0) return false;
  out->resize(out->size() - dst_left);
  return true;
}

}  // namespace

Read read_any(std::string_view bytes, std::string_view name) {
  const Kind k = sniff(bytes, name);
  Read r;
  r.kind = k;
  switch (k) {
    case Kind::Pdf: return read_pdf(bytes);
    case Kind::Docx: return read_docx(bytes);
    case Kind::OldOffice: r.error = msg::kOldOffice; return r;
    case Kind::Html: {
      if (!valid_utf8(bytes)) {
        std::string utf8;
        if (from_gb18030(bytes, &utf8)) return read_html(utf8);
      }
      return read_html(bytes);
    }
    case Kind::Text:
    case Kind::Zip:
    case Kind::Unknown: break;
  }
  r.kind = Kind::Text;
  r.ok = true;
  r.text.assign(bytes);
  return r;
}

}  // namespace gkread
