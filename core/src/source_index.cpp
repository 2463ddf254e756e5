#include "source_index.h"

#include <algorithm>

#include "utf8.h"

namespace gk {

SourceIndex::SourceIndex(std::string_view original) : text_(original) {
  line_start_.push_back(0);
  line_utf16_.push_back(0);
  std::uint32_t u16 = 0;
  std::size_t i = 0;
  while (i < text_.size()) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '\n' || c == '\r') {
      ++i;
      ++u16;
      if (c == '\r' && i < text_.size() && text_[i] == '\n') { ++i; ++u16; }
      line_start_.push_back(static_cast<std::uint32_t>(i));
      line_utf16_.push_back(u16);
      continue;
    }
    if (c < 0x80) { ++i; ++u16; continue; }
    char32_t cp = utf8::decode(text_, i);
    u16 += cp >= 0x10000 ? 2 : 1;
  }
}

std::uint32_t SourceIndex::utf16_between(std::uint32_t from, std::uint32_t to) const {
  std::uint32_t n = 0;
  std::size_t i = from;
  while (i < to && i < text_.size()) {
    if (static_cast<unsigned char>(text_[i]) < 0x80) { ++i; ++n; continue; }
    char32_t cp = utf8::decode(text_, i);
    n += cp >= 0x10000 ? 2 : 1;
  }
  return n;
}

std::uint32_t SourceIndex::line_of(std::uint32_t byte_offset) const {
  auto it = std::upper_bound(line_start_.begin(), line_start_.end(), byte_offset);
  return static_cast<std::uint32_t>(it - line_start_.begin());
}

Location SourceIndex::locate(std::uint32_t begin, std::uint32_t end) const {
  const auto size = static_cast<std::uint32_t>(text_.size());
  begin = std::min(begin, size);
  end = std::max(begin, std::min(end, size));
  Location l;
  l.line = line_of(begin);
  const std::uint32_t ls = line_start_[l.line - 1];
  // Columns count characters (code points) from the line start.
  std::uint32_t col = 0;
  for (std::size_t i = ls; i < begin;) { utf8::decode(text_, i); ++col; }
  l.column = col + 1;
  l.offset = line_utf16_[l.line - 1] + utf16_between(ls, begin);
  l.length = utf16_between(begin, end);
  l.byte_offset = begin;
  l.byte_length = end - begin;
  return l;
}

}  // namespace gk
