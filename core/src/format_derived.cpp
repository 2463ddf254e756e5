#include "format_derived.h"

#include <algorithm>

#include "text_match.h"

namespace gk {

namespace {

void sort_unique(std::vector<std::u32string>& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

// The table's column headings, each once, in the order the rows first have them.
std::vector<const std::string*> column_labels(const TableSpec& spec) {
  std::vector<const std::string*> labels;
  for (const RowSpec& row : spec.rows)
    for (const ColumnSpec& col : row.columns)
      if (std::none_of(labels.begin(), labels.end(), [&](const std::string* l) { return *l == col.label; }))
        labels.push_back(&col.label);
  return labels;
}

TableKeys table_keys(const TableSpec& spec) {
  static const char* const kGroupHeadings[] = {"申请人情况", "法人或其他组织", "自然人", "行政复议", "行政诉讼",
                                               "未经复议直接起诉", "复议后起诉"};
  TableKeys k;
  const std::vector<const std::string*> labels = column_labels(spec);
  for (const char* g : kGroupHeadings) k.header_words.push_back(label_key(g));
  for (const std::string* label : labels) {
    const std::u32string key = label_key(*label);
    for (std::size_t b = 0; b + 2 <= key.size(); ++b)
      for (std::size_t n = 2; b + n <= key.size(); ++n) k.header_words.push_back(key.substr(b, n));
  }
  sort_unique(k.header_words);
  if (!k.header_words.empty() && k.header_words.front().empty()) k.header_words.erase(k.header_words.begin());

  k.tail_words = k.header_words;
  for (const std::string* label : labels)
    for (char32_t ch : label_key(*label)) k.tail_words.emplace_back(1, ch);
  sort_unique(k.tail_words);
  std::stable_sort(k.tail_words.begin(), k.tail_words.end(),
                   [](const std::u32string& a, const std::u32string& b) { return a.size() > b.size(); });

  for (const RowSpec& row : spec.rows) {
    k.match_keys.emplace_back();
    for (const std::string& w : row.match) k.match_keys.back().push_back(label_key(w));
  }
  return k;
}

}  // namespace

FormatDerived derive(const FormatSpec& format) {
  FormatDerived d;
  d.equations = equations(format);
  for (int t = 0; t < kTableCount; ++t) d.tables[t] = table_keys(format.tables[t]);
  return d;
}

const FormatDerived& derived(const FormatSpec& format) {
  DerivedCache::State& s = *format.derived_cache.state;
  std::call_once(s.once, [&] { s.value = std::make_shared<const FormatDerived>(derive(format)); });
  return *s.value;
}

}  // namespace gk
