#include "labels.h"

#include <deque>
#include <stdexcept>

#include "gkcheck/format.h"

namespace gkgen {

namespace {

const gk::TableSpec& table(gk::TableId id) { return gk::format_2021().table(id); }

// Strings made from the format's labels, kept for the process (T3Label holds pointers into them).
const char* keep(std::string s) {
  static std::deque<std::string> pool;
  pool.push_back(std::move(s));
  return pool.back().c_str();
}

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

// A table 三 row's printed cells as the renderers take them apart: the outer cell (一、… or
// 三、本年度办理结果, only on the row that prints it first), （一）予以公开 as its numeral and text,
// 1.属于国家秘密 as its number and text.
T3Label split(const gk::RowSpec& row, const gk::RowSpec* previous) {
  const std::vector<std::string>& p = row.printed;
  if (p.empty() || p.size() > 3) throw std::logic_error("gkgen: table 三 row " + row.key + " has no printed cells");
  T3Label out{keep(row.key), nullptr, nullptr, nullptr, 0, nullptr};
  if (p.size() == 1 || !previous || previous->printed.empty() || previous->printed.front() != p[0]) out.top = keep(p[0]);
  if (p.size() >= 2) {
    const std::string open = "（", close = "）";
    const std::size_t end = p[1].find(close);
    if (!starts_with(p[1], open) || end == std::string::npos)
      throw std::logic_error("gkgen: table 三 row " + row.key + ": not （n）text: " + p[1]);
    out.sub_enum = keep(p[1].substr(open.size(), end - open.size()));
    out.sub_text = keep(p[1].substr(end + close.size()));
  }
  if (p.size() == 3) {
    const std::size_t dot = p[2].find('.');
    if (dot == 0 || dot == std::string::npos) throw std::logic_error("gkgen: table 三 row " + row.key + ": not n.text: " + p[2]);
    out.item = std::stoi(p[2].substr(0, dot));
    out.item_text = keep(p[2].substr(dot + 1));
  }
  return out;
}

const char* review_cell(int row, std::size_t cell) {
  const auto& p = table(gk::TableId::ReviewLitigation).rows.at(static_cast<std::size_t>(row)).printed;
  if (cell >= p.size()) throw std::logic_error("gkgen: table 四's printed cells changed shape");
  return keep(p[cell]);
}

}  // namespace

const char* const kT3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
const char* const kReview = review_cell(0, 0);
const char* const kLitigation = review_cell(1, 0);
const char* const kLitDirect = review_cell(1, 1);
const char* const kLitAfterReview = review_cell(2, 1);

const std::vector<T3Label>& t3_labels() {
  static const std::vector<T3Label> v = [] {
    std::vector<T3Label> out;
    const auto& rows = table(gk::TableId::Applications).rows;
    for (std::size_t i = 0; i < rows.size(); ++i) out.push_back(split(rows[i], i ? &rows[i - 1] : nullptr));
    return out;
  }();
  return v;
}

const T3Label& t3_label(const std::string& key) {
  for (const auto& l : t3_labels())
    if (key == l.key) return l;
  throw std::logic_error("gkgen: no printed label for table 三 row " + key);
}

const std::vector<T2Block>& t2_blocks() {
  static const std::vector<T2Block> v = {
      {"第二十条第（一）项", {"regulations", "normative_documents"}},
      {"第二十条第（五）项", {"licensing"}},
      {"第二十条第（六）项", {"punishment", "coercion"}},
      {"第二十条第（八）项", {"fees"}},
  };
  return v;
}

}  // namespace gkgen
