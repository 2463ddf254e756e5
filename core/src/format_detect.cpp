#include "format_detect.h"

#include <algorithm>

#include "text_match.h"
#include "utf8.h"

namespace gk {

namespace {

// The formats with the most marker phrases found in `where`, by `fold` (identity, or label_key
// for text whose words were split by spaces), among `among` (all when empty); in registry order
// (newest first). Empty when no marker is found.
template <class Fold>
std::vector<const FormatSpec*> most_markers(const Formats& formats, const std::string& where, Fold fold,
                                            const std::vector<const FormatSpec*>& among = {}) {
  std::vector<const FormatSpec*> best;
  int best_hits = 0;
  for (const FormatSpec* f : formats.list) {
    if (!among.empty() && std::find(among.begin(), among.end(), f) == among.end()) continue;
    int hits = 0;
    for (const auto& m : f->markers)
      if (where.find(fold(m)) != std::string::npos) ++hits;
    if (hits > best_hits) {
      best = {f};
      best_hits = hits;
    } else if (hits > 0 && hits == best_hits) {
      best.push_back(f);
    }
  }
  return best;
}

const FormatSpec* first_of(const std::vector<const FormatSpec*>& v) { return v.empty() ? nullptr : v.front(); }

std::string key_text(std::string_view s) { return utf8::from_u32(label_key(s)); }

}  // namespace

const FormatSpec* detect_format(const Document& doc, const Formats& formats) {
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
  // Formats that share table 二 (a newer version changing only table 三) are told apart by the
  // rest of the text, and stay in registry order when it does not.
  const auto same = [](const std::string& m) { return m; };
  const FormatSpec* best = nullptr;
  const int t2 = static_cast<int>(TableId::Active);
  if (doc.table_begin[t2] >= 0 && doc.table_end[t2] > doc.table_begin[t2]) {
    const auto b = doc.lines[static_cast<std::size_t>(doc.table_begin[t2])].begin;
    const auto e = doc.lines[static_cast<std::size_t>(std::min(doc.table_end[t2], doc.table_begin[t2] + 8) - 1)].end;
    const auto tied = most_markers(formats, std::string(doc.text().substr(b, e - b)), same);
    best = first_of(tied);
    if (tied.size() > 1) {
      const auto wider = most_markers(formats, where, same, tied);
      if (!wider.empty()) best = wider.front();
    }
  }
  if (!best) best = first_of(most_markers(formats, where, same));
  // PDF copies split words with spaces and line breaks: look again without them.
  if (!best) best = first_of(most_markers(formats, key_text(where), [](const std::string& m) { return key_text(m); }));
  if (!best) {
    for (int s = 1; s <= 6; ++s)
      if (doc.section_line[s] >= 0) return &formats.newest();
  }
  return best;
}

}  // namespace gk
