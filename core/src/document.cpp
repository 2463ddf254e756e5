#include "document.h"

#include "text_match.h"

#include <algorithm>

namespace gk {

Document make_document(std::string_view original) {
  Document d;
  d.original = original;
  d.norm = normalize(original);
  const std::string& t = d.norm.text;
  d.lines.reserve(static_cast<std::size_t>(std::count(t.begin(), t.end(), '\n')) + 1);  // exact: no doubling
  std::uint32_t start = 0;
  for (std::uint32_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      d.lines.push_back({start, i});
      start = i + 1;
    }
  }
  d.lines.push_back({start, static_cast<std::uint32_t>(t.size())});
  return d;
}

bool Document::blank_line(std::size_t i) const { return trim(line_text(i)).empty(); }

std::size_t Document::line_at(std::uint32_t n) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), n,
                             [](std::uint32_t k, const Line& l) { return k < l.begin; });
  return it == lines.begin() ? 0 : static_cast<std::size_t>(it - lines.begin() - 1);
}

}  // namespace gk
