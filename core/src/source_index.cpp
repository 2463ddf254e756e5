#include "source_index.h"

#include <algorithm>

#include "utf8.h"

namespace gk {

namespace {

// A location counts from the checkpoint before it: 256 bytes apart, a check
// of a few KB with many diagnostics scanned a quarter as much as at 1 KiB
// (12 bytes per 256 of input: 0.05 bytes per input byte).
constexpr std::uint32_t kCheckpointBytes = 256;

}  // namespace

SourceIndex::SourceIndex(std::string_view original) : text_(original) {
  // At most one line per '\n' or '\r': reserved at once rather than doubled
  // (a text of a million short lines would hold twice the index for a while).
  const auto breaks = static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\n') +
                                               std::count(text_.begin(), text_.end(), '\r'));
  line_start_.reserve(breaks + 1);
  line_chars_.reserve(breaks + 1);
  checkpoints_.reserve(text_.size() / kCheckpointBytes + 1);
  line_start_.push_back(0);
  line_chars_.push_back(0);
  std::uint32_t chars = 0, u16 = 0;
  std::size_t i = 0, next_checkpoint = 0;
  while (i < text_.size()) {
    if (i >= next_checkpoint) {
      checkpoints_.push_back({static_cast<std::uint32_t>(i), chars, u16});
      next_checkpoint = i + kCheckpointBytes;
    }
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '\n' || c == '\r') {
      ++i;
      ++chars;
      ++u16;
      if (c == '\r' && i < text_.size() && text_[i] == '\n') { ++i; ++chars; ++u16; }
      line_start_.push_back(static_cast<std::uint32_t>(i));
      line_chars_.push_back(chars);
      continue;
    }
    ++chars;
    if (c < 0x80) { ++i; ++u16; continue; }
    char32_t cp = utf8::decode(text_, i);
    u16 += cp >= 0x10000 ? 2 : 1;
  }
  if (checkpoints_.empty()) checkpoints_.push_back({0, 0, 0});
}

SourceIndex::Count SourceIndex::count_at(std::uint32_t byte_offset) const {
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte_offset,
                             [](std::uint32_t b, const Count& c) { return b < c.byte; });
  Count n = it == checkpoints_.begin() ? Count{} : *(it - 1);
  std::size_t i = n.byte;
  while (i < byte_offset && i < text_.size()) {
    ++n.chars;
    if (static_cast<unsigned char>(text_[i]) < 0x80) { ++i; ++n.utf16; continue; }
    char32_t cp = utf8::decode(text_, i);
    n.utf16 += cp >= 0x10000 ? 2 : 1;
  }
  n.byte = static_cast<std::uint32_t>(i);
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
  const Count b = count_at(begin);
  const Count e = count_at(end);
  // Columns count characters (code points) from the line start.
  l.column = b.chars - line_chars_[l.line - 1] + 1;
  l.offset = b.utf16;
  l.length = e.utf16 - b.utf16;
  l.byte_offset = begin;
  l.byte_length = end - begin;
  return l;
}

}  // namespace gk
