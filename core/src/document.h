// The text being checked, normalised and cut into lines, with what has been
// found in it so far. Every check reads a Document and adds diagnostics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gkcheck/result.h"
#include "normalize.h"

namespace gk {

struct Line {
  std::uint32_t begin = 0;  // in the normalised text
  std::uint32_t end = 0;    // exclusive, without the '\n'
};

struct Document {
  std::string_view original;
  NormalizedText norm;
  std::vector<Line> lines;
  // Section headings found, by section number 1..6 (index 0 unused); the
  // index into `lines`, or -1 when not found.
  int section_line[7] = {-1, -1, -1, -1, -1, -1, -1};
  // Every line that heads a section 一, in order (a further report starts at
  // one of them).
  std::vector<std::size_t> section_one_lines;
  // The line range [begin, end) where each table was looked for.
  int table_begin[kTableCount] = {-1, -1, -1};
  int table_end[kTableCount] = {-1, -1, -1};

  std::string_view text() const { return norm.text; }
  std::string_view line_text(std::size_t i) const {
    return std::string_view(norm.text).substr(lines[i].begin, lines[i].end - lines[i].begin);
  }
  Span line_span(std::size_t i) const { return {lines[i].begin, lines[i].end}; }
  // Whether line i holds only spaces and tabs.
  bool blank_line(std::size_t i) const;
  // Index of the line holding normalised offset n.
  std::size_t line_at(std::uint32_t n) const;
};

// Builds the document: normalises the text and cuts it into lines.
Document make_document(std::string_view original);

}  // namespace gk
