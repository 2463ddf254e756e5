// Small text helpers shared by the readers.
#pragma once

#include <string>
#include <string_view>

namespace gkread {

// A cell's text on one line: tabs, line breaks and runs of spaces (and
// U+00A0, U+3000 …) become one space; trimmed.
std::string one_line(std::string_view s);
// True when the UTF-8 sequence at s[i] is a whitespace the page's converter
// (JavaScript's \s) collapses; *len gets its length.
bool js_space_at(std::string_view s, std::size_t i, std::size_t* len);
bool valid_utf8(std::string_view s);

}  // namespace gkread
