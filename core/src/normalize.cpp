#include "normalize.h"

#include <utf8proc.h>

#include <algorithm>

#include "cells.h"
#include "utf8.h"

namespace gk {

void OffsetMap::identity(std::uint32_t norm, std::uint32_t orig, std::uint32_t len) {
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.kind == Kind::Same && last.norm + last.norm_len == norm && last.orig + last.orig_len == orig) {
      last.norm_len += len;
      last.orig_len += len;
      return;
    }
  }
  pieces_.push_back({norm, len, orig, len, Kind::Same});
}

void OffsetMap::replaced(std::uint32_t norm, std::uint32_t norm_len, std::uint32_t orig, std::uint32_t orig_len) {
  pieces_.push_back({norm, norm_len, orig, orig_len, Kind::Replaced});
}

void OffsetMap::invalid_byte(std::uint32_t norm, std::uint32_t orig) {
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.kind == Kind::Invalid && last.norm + last.norm_len == norm && last.orig + last.orig_len == orig) {
      last.norm_len += 3;
      last.orig_len += 1;
      return;
    }
  }
  pieces_.push_back({norm, 3, orig, 1, Kind::Invalid});
}

std::uint32_t OffsetMap::to_original(std::uint32_t n, bool is_end) const {
  if (pieces_.empty()) return n;
  if (is_end && n == 0) return pieces_.front().orig;
  const std::uint32_t key = is_end ? n - 1 : n;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), key,
                             [](std::uint32_t k, const Piece& p) { return k < p.norm; });
  if (it == pieces_.begin()) return pieces_.front().orig;
  const Piece& p = *(it - 1);
  if (key >= p.norm + p.norm_len) return p.orig + p.orig_len;  // past the end
  if (p.kind == Kind::Same) return p.orig + (n - p.norm);
  if (p.kind == Kind::Invalid) {
    const std::uint32_t k = (key - p.norm) / 3;  // which byte of the run
    return p.orig + k + (is_end ? 1 : 0);
  }
  return is_end ? p.orig + p.orig_len : p.orig;
}

namespace {

bool unchanged_fast(char32_t c) {
  return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' ||
         (c >= 0x4E00 && c <= 0x9FFF) ||  // CJK unified ideographs
         (c >= 0x3400 && c <= 0x4DBF);    // extension A
}

bool dropped(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool line_break(char32_t c) {
  return c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// NFKC of one code point, UTF-8 encoded into out.
void nfkc_char(char32_t c, std::string& out) {
  utf8proc_int32_t buf[32];
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buf, 32,
                                               static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE), &boundclass);
  if (n <= 0 || n > 32) {
    utf8::append(out, c);
    return;
  }
  if (n > 1) {
    n = utf8proc_normalize_utf32(buf, n, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    if (n <= 0) {
      utf8::append(out, c);
      return;
    }
  }
  for (utf8proc_ssize_t k = 0; k < n; ++k) utf8::append(out, static_cast<char32_t>(buf[k]));
}

// The length of the run at s[i] of characters that normalisation leaves as
// they are (ASCII text and CJK ideographs: most of a report).
std::size_t unchanged_run(std::string_view s, std::size_t i) {
  const std::size_t from = i;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n') { ++i; continue; }
      break;
    }
    if (c < 0xE3 || c > 0xE9) break;  // only 3-byte forms can be ideographs
    std::size_t j = i;
    bool valid = true;
    char32_t cp = utf8::decode(s, j, &valid);
    if (!valid || !unchanged_fast(cp)) break;
    i = j;
  }
  return i - from;
}

}  // namespace

NormalizedText normalize(std::string_view s) {
  NormalizedText r;
  r.text.reserve(s.size());
  std::string tmp;
  std::size_t i = 0;
  while (i < s.size()) {
    if (std::size_t run = unchanged_run(s, i)) {
      const auto norm_at = static_cast<std::uint32_t>(r.text.size());
      r.text.append(s.data() + i, run);
      r.map.identity(norm_at, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(run));
      i += run;
      if (i >= s.size()) break;
    }
    const std::uint32_t start = static_cast<std::uint32_t>(i);
    const std::uint32_t norm_at = static_cast<std::uint32_t>(r.text.size());
    bool valid = true;
    char32_t c = utf8::decode(s, i, &valid);
    const std::uint32_t len = static_cast<std::uint32_t>(i) - start;
    if (!valid) {
      if (r.invalid_utf8++ == 0) {
        r.first_invalid_offset = start;
        r.first_invalid_norm = norm_at;
      }
      utf8::append(r.text, 0xFFFD);
      r.map.invalid_byte(norm_at, start);  // decode() skips one byte of an invalid sequence
      continue;
    }
    if (unchanged_fast(c)) {
      // The characters that stay as they are come in long runs (ASCII,
      // ideographs): copy the whole run at once.
      std::size_t j = i;
      while (j < s.size()) {
        std::size_t k = j;
        bool ok = true;
        if (!unchanged_fast(utf8::decode(s, k, &ok)) || !ok) break;
        j = k;
      }
      r.text.append(s.data() + start, j - start);
      r.map.identity(norm_at, start, static_cast<std::uint32_t>(j - start));
      i = j;
      continue;
    }
    tmp.clear();
    if (c == '\r') {
      if (i < s.size() && s[i] == '\n') {
        r.map.replaced(norm_at, 0, start, len);  // CRLF: keep only the LF
        continue;
      }
      tmp = "\n";
    } else if (line_break(c)) {
      tmp = "\n";
    } else if (dropped(c)) {
      r.map.replaced(norm_at, 0, start, len);
      continue;
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      tmp = " ";
    } else if (compat_digit(c)) {
      utf8::append(tmp, c);  // ¹ is a footnote mark, not the digit 1
    } else {
      nfkc_char(c, tmp);
    }
    if (tmp.size() == len && tmp.compare(0, len, s.data() + start, len) == 0) {
      r.text += tmp;
      r.map.identity(norm_at, start, len);
    } else {
      r.text += tmp;
      r.map.replaced(norm_at, static_cast<std::uint32_t>(tmp.size()), start, len);
    }
  }
  return r;
}

}  // namespace gk
