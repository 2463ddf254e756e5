#include "format_detect.h"

#include <algorithm>

#include "text_match.h"
#include "utf8.h"

namespace gk {

namespace {

// The format with the most marker phrases found in `where`, by `fold`
// (identity, or label_key for text whose words were split by spaces).
template <class Fold>
const FormatSpec* most_markers(const std::string& where, Fold fold) {
  const FormatSpec* best = nullptr;
  int best_hits = 0;
  for (const FormatSpec* f : known_formats()) {
    int hits = 0;
    for (const auto& m : f->markers)
      if (where.find(fold(m)) != std::string::npos) ++hits;
    if (hits > best_hits) {
      best = f;
      best_hits = hits;
    }
  }
  return best;
}

std::string key_text(std::string_view s) { return utf8::from_u32(label_key(s)); }

}  // namespace

const FormatSpec* detect_format(const Document& doc) {
  // Look where the markers stand: the preamble and the tables' regions.
  int first = static_cast<int>(doc.lines.size()), last = 0;
  for (int t = 0; t < kTableCount; ++t) {
    if (doc.table_begin[t] < 0) continue;
    first = std::min(first, doc.table_begin[t]);
    last = std::max(last, doc.table_end[t]);
  }
  const std::size_t preamble_end = std::min<std::size_t>(doc.lines.size(), 40);
  std::string where(doc.text().substr(0, doc.lines[preamble_end - 1].end));
  if (first < last) {
    const auto b = doc.lines[static_cast<std::size_t>(first)].begin;
    where.append(doc.text().substr(b, doc.lines[static_cast<std::size_t>(last - 1)].end - b));
  }
  // Table 二's header tells the formats apart on its own; most reports need no more.
  const FormatSpec* best = nullptr;
  const int t2 = static_cast<int>(TableId::Active);
  if (doc.table_begin[t2] >= 0 && doc.table_end[t2] > doc.table_begin[t2]) {
    const auto b = doc.lines[static_cast<std::size_t>(doc.table_begin[t2])].begin;
    const auto e = doc.lines[static_cast<std::size_t>(std::min(doc.table_end[t2], doc.table_begin[t2] + 8) - 1)].end;
    best = most_markers(std::string(doc.text().substr(b, e - b)), [](const std::string& m) { return m; });
  }
  if (!best) best = most_markers(where, [](const std::string& m) { return m; });
  // PDF copies split words with spaces and line breaks: look again without them.
  if (!best) best = most_markers(key_text(where), [](const std::string& m) { return key_text(m); });
  if (!best) {
    for (int s = 1; s <= 6; ++s)
      if (doc.section_line[s] >= 0) return &default_format();
  }
  return best;
}

}  // namespace gk
