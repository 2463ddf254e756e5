// Native: a file's bytes → the text to check, by content.
#include <iconv.h>

#include <string>

#include "gkread/read.h"
#include "text_util.h"

namespace gkread {
namespace {

// `in` in the encoding `from` → UTF-8; false when iconv cannot convert all of it.
bool convert(const char* from, std::string_view in, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", from);
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

// A web page saved by an old system is often GB2312/GBK: read as GB18030
// (its superset) when the bytes are not UTF-8. False when that fails too.
bool from_gb18030(std::string_view in, std::string* out) { return convert("GB18030", in, out); }

}  // namespace

// The page's rule (web/decode-bytes.js): GB18030 only when UTF-8 would give many replacement
// characters (more than 2 and more than 1 in 1000 characters), so a UTF-8 report with a few stray
// bytes stays UTF-8 (and gets the core's INPUT.INVALID_UTF8 warning).
bool mostly_not_utf8(std::string_view b) {
  std::size_t chars = 0, bad = 0;
  for (std::size_t i = 0; i < b.size();) {
    const auto c = static_cast<unsigned char>(b[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (n == 0 || i + n > b.size() || !valid_utf8(b.substr(i, n))) {
      ++bad;
      ++i;
    } else {
      i += n;
    }
    ++chars;
  }
  return bad > 2 && bad * 1000 > chars;
}

bool decode_text(std::string_view bytes, std::string* out) {
  std::string s;
  if (bytes.size() >= 2 && bytes[0] == '\xff' && bytes[1] == '\xfe') {
    if (!convert("UTF-16LE", bytes.substr(2), &s)) return false;
  } else if (bytes.size() >= 2 && bytes[0] == '\xfe' && bytes[1] == '\xff') {
    if (!convert("UTF-16BE", bytes.substr(2), &s)) return false;
  } else if (valid_utf8(bytes) || !mostly_not_utf8(bytes) || !from_gb18030(bytes, &s)) {
    return false;
  }
  *out = std::move(s);
  return true;
}

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
  if (!decode_text(bytes, &r.text)) r.text.assign(bytes);
  return r;
}

}  // namespace gkread
