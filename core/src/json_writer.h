// A JSON text written as it goes (compact, UTF-8 as it is): what
// json_output.cpp writes the result with. Commas are its business: a value
// after begin() or key() has none before it, every other value one.
//
// Strings and non-whole numbers are written as nlohmann's dump(-1, ' ',
// false, replace) writes them: a string of valid UTF-8 with nothing to escape
// (nearly every one) is copied as it is, any other string and any double go
// through nlohmann itself, so the two never differ.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

namespace gk {

// Whether s is copied into a JSON string unchanged by nlohmann's dump: valid
// UTF-8 (no overlong form, surrogate or code point past U+10FFFF), no control
// character, quote or backslash.
inline bool json_plain(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  auto cont = [&](std::size_t k, unsigned char lo, unsigned char hi) {
    if (static_cast<std::size_t>(end - p) <= k) return false;
    if (p[1] < lo || p[1] > hi) return false;
    for (std::size_t i = 2; i <= k; ++i)
      if ((p[i] & 0xC0) != 0x80) return false;
    p += k + 1;
    return true;
  };
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      if (c < 0x20 || c == '"' || c == '\\') return false;
      ++p;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(1, 0x80, 0xBF)) return false;
    } else if (c == 0xE0) {
      if (!cont(2, 0xA0, 0xBF)) return false;
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
      if (!cont(2, 0x80, 0xBF)) return false;
    } else if (c == 0xED) {
      if (!cont(2, 0x80, 0x9F)) return false;
    } else if (c == 0xF0) {
      if (!cont(3, 0x90, 0xBF)) return false;
    } else if (c >= 0xF1 && c <= 0xF3) {
      if (!cont(3, 0x80, 0xBF)) return false;
    } else if (c == 0xF4) {
      if (!cont(3, 0x80, 0x8F)) return false;
    } else {
      return false;
    }
  }
  return true;
}

class JsonWriter {
 public:
  JsonWriter& begin(char bracket) {  // '{' or '['
    comma();
    out_ += bracket;
    first_ = true;
    return *this;
  }
  JsonWriter& end(char bracket) {  // '}' or ']'
    out_ += bracket;
    first_ = false;
    return *this;
  }
  JsonWriter& key(std::string_view k) {
    string(k);
    out_ += ':';
    first_ = true;
    return *this;
  }
  JsonWriter& string(std::string_view s) {
    comma();
    if (json_plain(s)) {
      out_ += '"';
      out_ += s;
      out_ += '"';
    } else {
      out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    return *this;
  }
  template <typename Int>
  JsonWriter& integer(Int v) {
    comma();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
    return *this;
  }
  JsonWriter& real(double v) {
    comma();
    out_ += nlohmann::json(v).dump();
    return *this;
  }
  JsonWriter& null() {
    comma();
    out_ += "null";
    return *this;
  }
  std::string take() { return std::move(out_); }

 private:
  void comma() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string out_;
  bool first_ = true;
};

}  // namespace gk
