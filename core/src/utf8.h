// Small UTF-8 helpers used across the core.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gk::utf8 {

// Decodes one code point at s[i]; advances i. Invalid bytes give U+FFFD and
// advance by one byte; *valid is set to false then.
inline char32_t decode(std::string_view s, std::size_t& i, bool* valid = nullptr) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) { ++i; if (valid) *valid = true; return c; }
  int len = 0;
  char32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
  else { ++i; if (valid) *valid = false; return 0xFFFD; }
  if (i + static_cast<std::size_t>(len) > n) { ++i; if (valid) *valid = false; return 0xFFFD; }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = p[i + static_cast<std::size_t>(k)];
    if ((cc & 0xC0) != 0x80) { ++i; if (valid) *valid = false; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i; if (valid) *valid = false; return 0xFFFD;
  }
  i += static_cast<std::size_t>(len);
  if (valid) *valid = true;
  return cp;
}

inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

inline std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) out += decode(s, i);
  return out;
}

inline std::string from_u32(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) append(out, c);
  return out;
}

}  // namespace gk::utf8
