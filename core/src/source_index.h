// Positions in the text as the user gave it: byte offset → line, column
// (characters) and UTF-16 offset, as json-output.md wants them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "gkcheck/result.h"

namespace gk {

class SourceIndex {
 public:
  explicit SourceIndex(std::string_view original);
  // A location for the original byte span [begin, end).
  Location locate(std::uint32_t begin, std::uint32_t end) const;
  // The 1-based line of an original byte offset.
  std::uint32_t line_of(std::uint32_t byte_offset) const;

 private:
  std::uint32_t utf16_between(std::uint32_t from, std::uint32_t to) const;
  std::string_view text_;
  std::vector<std::uint32_t> line_start_;   // byte offsets
  std::vector<std::uint32_t> line_utf16_;   // UTF-16 offset of each line start
};

}  // namespace gk
