#include "text_util.h"

namespace gkread {

bool js_space_at(std::string_view s, std::size_t i, std::size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (c == 0xC2 && at(1) == 0xA0) {  // U+00A0
    *len = 2;
    return true;
  }
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) {  // U+1680
    *len = 3;
    return true;
  }
  if (c == 0xE2 && at(1) == 0x80 && ((at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF)) {
    *len = 3;  // U+2000–U+200A, U+2028, U+2029, U+202F
    return true;
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) {  // U+205F
    *len = 3;
    return true;
  }
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) {  // U+3000
    *len = 3;
    return true;
  }
  if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {  // U+FEFF
    *len = 3;
    return true;
  }
  return false;
}

std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    if (js_space_at(s, i, &len)) {
      space = true;
      i += len;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i++];
  }
  return out;
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace gkread
