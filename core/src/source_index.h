// Positions in the text as the user gave it: byte offset → line, column
// (characters) and UTF-16 offset, as json-output.md wants them. Counts are
// kept at every line start and every few KB, so that locating a diagnostic
// never rescans a long line from its start: many diagnostics on one huge
// line stay linear.
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
  struct Count {
    std::uint32_t byte = 0;
    std::uint32_t chars = 0;  // code points before `byte`
    std::uint32_t utf16 = 0;  // UTF-16 code units before `byte`
  };
  // The counts at a byte offset: from the nearest checkpoint before it.
  Count count_at(std::uint32_t byte_offset) const;

  std::string_view text_;
  std::vector<std::uint32_t> line_start_;  // byte offsets
  std::vector<std::uint32_t> line_chars_;  // code points before each line start
  std::vector<Count> checkpoints_;         // one every kCheckpointBytes or so
};

}  // namespace gk
