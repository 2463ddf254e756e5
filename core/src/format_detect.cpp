#include "format_detect.h"

#include <algorithm>

#include "text_match.h"

namespace gk {

const FormatSpec* detect_format(const Document& doc) {
  // Look where the markers stand: the preamble and the tables' regions.
  int first = static_cast<int>(doc.lines.size()), last = 0;
  for (int t = 0; t < kTableCount; ++t) {
    if (doc.table_begin[t] < 0) continue;
    first = std::min(first, doc.table_begin[t]);
    last = std::max(last, doc.table_end[t]);
  }
  const std::size_t preamble_end = std::min<std::size_t>(doc.lines.size(), 40);
  std::u32string key = label_key(doc.text().substr(0, doc.lines[preamble_end - 1].end));
  if (first < last) {
    key += label_key(doc.text().substr(doc.lines[static_cast<std::size_t>(first)].begin,
                                       doc.lines[static_cast<std::size_t>(last - 1)].end -
                                           doc.lines[static_cast<std::size_t>(first)].begin));
  }
  const FormatSpec* best = nullptr;
  int best_hits = 0;
  for (const FormatSpec* f : known_formats()) {
    int hits = 0;
    for (const auto& m : f->markers)
      if (key.find(label_key(m)) != std::u32string::npos) ++hits;
    if (hits > best_hits) {
      best = f;
      best_hits = hits;
    }
  }
  if (!best) {
    for (int s = 1; s <= 6; ++s)
      if (doc.section_line[s] >= 0) return &format_2021();
  }
  return best;
}

}  // namespace gk
