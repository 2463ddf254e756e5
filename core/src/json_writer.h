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

#include "utf8.h"

namespace gk {

// Whether s is copied into a JSON string unchanged by nlohmann's dump: valid
// UTF-8 (utf8::decode's test: no overlong form, surrogate or code point past
// U+10FFFF), no control character, quote or backslash.
inline bool json_plain(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == '"' || c == '\\') return false;
      ++i;
      continue;
    }
    bool valid = false;
    utf8::decode(s, i, &valid);
    if (!valid) return false;
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
