// The review of a batch: the single checks, the pairs of years (each report
// rechecked with its agency's report of the year before), copied prose, a
// summary against its parts, the units with no report this year, and each
// entry's problems in words.
#include "gkcheck/review.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "diagnostics.h"
#include "review_internal.h"
#include "meta.h"
#include "sections.h"
#include "source_index.h"
#include "utf8.h"

namespace gk {

const Document& review_doc(ReviewItem& item) {
  if (!item.doc_made) {
    item.doc = make_document(item.text);
    item.doc_made = true;
  }
  return item.doc;
}

Diagnostic& add_review_diagnostic(ReviewItem& item, Result& r, Rule rule, std::string message, Span span,
                                  std::vector<Span> related) {
  const Document& doc = review_doc(item);
  SourceIndex index(doc.original);
  auto locate = [&](Span s) {
    const std::uint32_t b = doc.norm.map.to_original(s.begin, false);
    const std::uint32_t e = s.empty() ? b : doc.norm.map.to_original(s.end, true);
    return index.locate(b, std::max(b, e));
  };
  Diagnostic& d = add_diagnostic(r, rule, std::move(message), span);
  d.location = locate(span);
  d.related = std::move(related);
  for (const Span& s : d.related) d.related_locations.push_back(locate(s));
  return d;
}

std::string unit_key(std::string_view agency) {
  std::string out;
  std::size_t i = 0;
  while (i < agency.size()) {
    const std::size_t start = i;
    const char32_t c = utf8::decode(agency, i);
    // Letters, digits and CJK ideographs only: spaces, brackets and marks go.
    const bool keep = (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
                      (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000;
    if (keep) out.append(agency.substr(start, i - start));
  }
  return out;
}

std::string review_unit_key(std::string_view agency) { return unit_key(agency); }

namespace {

bool is_division(char32_t c) {
  return c == U'省' || c == U'市' || c == U'区' || c == U'县' || c == U'州' || c == U'盟' || c == U'旗';
}

}  // namespace

bool review_same_unit(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const std::string_view longer = a.size() > b.size() ? a : b;
  const std::string_view shorter = a.size() > b.size() ? b : a;
  // 淮安市洪泽区人民政府 and 洪泽区人民政府: the longer one is the shorter with the name of the
  // place above it in front (at least two characters, ending 省/市/区/县/州/盟/旗), and the
  // shorter still names its own place (a division character, and more than the organ's name).
  // On the bytes, decoding only what is asked: the review compares every pair of a batch.
  if (shorter.empty() || longer.substr(longer.size() - shorter.size()) != shorter) return false;
  const std::string_view prefix = longer.substr(0, longer.size() - shorter.size());
  std::size_t prefix_points = 0;
  char32_t last = 0;
  for (std::size_t i = 0; i < prefix.size(); ++prefix_points) last = utf8::decode(prefix, i);
  if (prefix_points < 2 || !is_division(last)) return false;
  std::vector<char32_t> own;  // the shorter name's characters
  for (std::size_t i = 0; i < shorter.size();) own.push_back(utf8::decode(shorter, i));
  return own.size() >= 5 && std::any_of(own.begin(), own.end() - 2, is_division);
}

Meta review_title(std::string_view text) {
  std::size_t cut = std::min<std::size_t>(text.size(), 4096);
  while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  Document doc = make_document(text.substr(0, cut));
  Result r;
  find_sections(doc, default_format(), r);
  read_meta(doc, r);
  return r.meta;
}

namespace {

std::optional<double> figure(const Result& r, TableId t, const char* row, const char* col) {
  if (!r.format || !r.tables[static_cast<int>(t)].present) return std::nullopt;
  const TableSpec& spec = r.format->table(t);
  const int ri = spec.row_index(row);
  if (ri < 0) return std::nullopt;
  const int ci = spec.column_index(ri, col);
  if (ci < 0) return std::nullopt;
  const Cell& c = r.tables[static_cast<int>(t)].rows[static_cast<std::size_t>(ri)][static_cast<std::size_t>(ci)];
  if (!c.countable()) return std::nullopt;
  return c.state == CellState::Value ? c.value : 0.0;
}

KeyFigures key_figures(const Result& r) {
  KeyFigures f;
  f.new_received = figure(r, TableId::Applications, "new_received", "total");
  f.results_total = figure(r, TableId::Applications, "results_total", "total");
  f.carried_forward = figure(r, TableId::Applications, "carried_forward", "total");
  f.review_total = figure(r, TableId::ReviewLitigation, "review", "total");
  const auto a = figure(r, TableId::ReviewLitigation, "litigation_direct", "total");
  const auto b = figure(r, TableId::ReviewLitigation, "litigation_after_review", "total");
  if (a && b) f.litigation_total = *a + *b;
  return f;
}

// Where a diagnostic is, in the words of the row's problem list.
std::string place_of(const Diagnostic& d) {
  if (d.rule.rfind("YEAR.", 0) == 0) return "与上年报告";
  if (!d.cells.empty()) {
    switch (d.cells.front().table) {
      case TableId::Active: return "表二";
      case TableId::Applications: return "表三";
      case TableId::ReviewLitigation: return "表四";
    }
  }
  const std::string& id = d.rule;
  auto starts = [&](const char* p) { return id.rfind(p, 0) == 0; };
  if (starts("T3.")) return "表三";
  if (starts("T4.")) return "表四";
  if (starts("TEXT.")) return "正文与表格";
  if (starts("STRUCT.")) return "结构";
  if (starts("FORMAT.")) return "表格格式";
  if (starts("YEAR.")) return "与上年报告";
  if (starts("INPUT.")) return "文本";
  if (starts("PARSE.")) {
    for (const char* t : {"表二", "表三", "表四"})
      if (d.message.find(t) != std::string::npos) return t;
    return "表格";
  }
  return "其他";
}

bool is_sum_rule(const std::string& id) {
  return id == "T3.BALANCE" || id == "T3.RESULTS_SUM" || id == "T3.ROW_SUM" || id == "T4.GROUP_SUM";
}

std::string problems_in_words(const Result& r, const std::vector<std::string>& notes) {
  struct Counts {
    int sums = 0, unread = 0, errors = 0, warnings = 0;
  };
  std::vector<std::pair<std::string, Counts>> places;
  int blanks = 0;
  auto at = [&](const std::string& p) -> Counts& {
    for (auto& e : places)
      if (e.first == p) return e.second;
    places.emplace_back(p, Counts{});
    return places.back().second;
  };
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity == Severity::Info) continue;
    if (d.rule.rfind("REVIEW.", 0) == 0) continue;  // said by the notes
    if (d.rule == "T3.SUSPECT" || d.rule == "T4.SUSPECT") continue;  // explains sums already counted
    if (d.rule == "PARSE.BLANK_CELL") {  // a blank cell is read (as 0): said only when nothing else is
      ++blanks;
      continue;
    }
    Counts& c = at(place_of(d));
    if (is_sum_rule(d.rule)) ++c.sums;
    else if (d.rule == "PARSE.UNCHECKED" || d.rule == "PARSE.TABLE_MISSING") ++c.unread;
    else if (d.severity == Severity::Error) ++c.errors;
    else ++c.warnings;
  }
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : "；") + s; };
  for (const auto& [place, c] : places) {
    std::string s = place;
    std::string what;
    auto part = [&](int n, const char* words) {
      if (n > 0) what += (what.empty() ? " " : "，") + std::to_string(n) + words;
    };
    if (c.unread) what += " 未能完整读取";
    part(c.sums, " 处合计不符");
    part(c.errors, " 处错误");
    part(c.warnings, " 处提醒");
    add(s + what);
  }
  for (const std::string& n : notes) add(n);
  // Only blank cells: the reviewer sees why the report has warnings (not an empty cell beside them).
  if (out.empty() && blanks > 0) out = std::to_string(blanks) + " 处空白栏，按 0 核对";
  return out;
}

}  // namespace

ReviewResult review(const std::vector<ReviewReport>& batch, const ReviewOptions& options, std::vector<Result> checked) {
  ReviewResult out;
  const std::size_t n = batch.size();
  if (checked.size() != n) {
    checked.clear();
    for (const auto& b : batch) checked.push_back(check(b.text));
  }
  std::vector<ReviewItem> items(n);
  std::vector<std::string> keys(n);
  out.entries.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    items[i].text = batch[i].text;
    out.entries[i].name = batch[i].name;
    out.entries[i].summary = batch[i].summary;
    if (checked[i].meta.agency) keys[i] = unit_key(*checked[i].meta.agency);
    if (checked[i].meta.year && (!out.year || *checked[i].meta.year > *out.year)) out.year = checked[i].meta.year;
  }

  // Pairs: the same agency, the year before. The first such report in the batch.
  std::map<std::pair<std::string, int>, std::size_t> by_unit_year;
  for (std::size_t i = 0; i < n; ++i)
    if (!keys[i].empty() && checked[i].meta.year) by_unit_year.emplace(std::make_pair(keys[i], *checked[i].meta.year), i);
  if (options.pair_years) {
    for (std::size_t i = 0; i < n; ++i) {
      if (keys[i].empty() || !checked[i].meta.year) continue;
      const auto it = by_unit_year.find({keys[i], *checked[i].meta.year - 1});
      if (it != by_unit_year.end() && it->second != i) {
        out.entries[i].paired_with = it->second;
        continue;
      }
      // The name written with or without the place above it (淮安市): one such report only.
      std::optional<std::size_t> only;
      bool several = false;
      for (const auto& [key_year, j] : by_unit_year) {
        if (key_year.second != *checked[i].meta.year - 1 || j == i || !review_same_unit(keys[i], key_year.first)) continue;
        several = several || only.has_value();
        only = j;
      }
      if (only && !several) out.entries[i].paired_with = only;
    }
  }
  // Each paired report rechecked with last year's text (YEAR.*).
  for (std::size_t i = 0; i < n; ++i) {
    ReviewEntry& e = out.entries[i];
    if (e.paired_with) {
      Options o;
      o.previous = batch[*e.paired_with].text;
      e.result = check(batch[i].text, o);
    } else {
      e.result = checked[i];
    }
  }
  if (options.pair_years && options.copy_check) {
    for (std::size_t i = 0; i < n; ++i) {
      ReviewEntry& e = out.entries[i];
      if (!e.paired_with) continue;
      check_copied_prose(items[i], e.result, items[*e.paired_with], checked[*e.paired_with], batch[*e.paired_with].name);
    }
  }

  // Summaries: marked, or 汇总 in the title; the parts are the other reports of its year.
  for (std::size_t i = 0; i < n; ++i) {
    ReviewEntry& e = out.entries[i];
    if (!e.summary && options.summary_check) {
      const Meta& m = checked[i].meta;
      // (Only a text that holds 汇总 at all is normalised to read its title.)
      if (!m.title_span.empty() && batch[i].text.find("汇总") != std::string_view::npos) {
        const std::string_view t = review_doc(items[i]).text();
        if (m.title_span.end <= t.size() &&
            t.substr(m.title_span.begin, m.title_span.end - m.title_span.begin).find("汇总") != std::string_view::npos)
          e.summary = true;
      }
      if (m.agency && m.agency->find("汇总") != std::string::npos) e.summary = true;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    ReviewEntry& e = out.entries[i];
    if (!e.summary) continue;
    std::vector<const Result*> parts;
    std::vector<std::string> names;
    for (std::size_t j = 0; j < n; ++j) {
      if (j == i || out.entries[j].summary) continue;
      if (checked[j].meta.year != checked[i].meta.year) continue;
      e.parts.push_back(j);
      parts.push_back(&checked[j]);
      names.push_back(batch[j].name);
    }
    check_summary(items[i], e.result, parts, names);
  }

  // Who is missing: the units expected this year without a report of this year.
  if (out.year) {
    std::vector<std::string> this_year;  // the units with a report of the batch's year
    for (std::size_t i = 0; i < n; ++i)
      if (!keys[i].empty() && checked[i].meta.year == out.year) this_year.push_back(keys[i]);
    auto reported = [&](const std::string& k) {
      return std::any_of(this_year.begin(), this_year.end(), [&](const std::string& t) { return review_same_unit(k, t); });
    };
    std::map<std::string, bool> named;
    if (!options.expected_units.empty()) {
      for (const std::string& u : options.expected_units) {
        const std::string k = unit_key(u);
        if (k.empty() || reported(k) || named.count(k)) continue;
        named[k] = true;
        MissingUnit m;
        m.unit = std::string(u);
        const auto it = by_unit_year.find({k, *out.year - 1});
        if (it != by_unit_year.end()) m.last_year = it->second;
        out.missing.push_back(m);
      }
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        if (keys[i].empty() || checked[i].meta.year != *out.year - 1) continue;
        if (reported(keys[i]) || named.count(keys[i])) continue;
        named[keys[i]] = true;
        out.missing.push_back({*checked[i].meta.agency, i});
      }
    }
  }

  for (std::size_t i = 0; i < n; ++i) {
    ReviewEntry& e = out.entries[i];
    e.figures = key_figures(e.result);
    e.problems = problems_in_words(e.result, items[i].notes);
  }
  return out;
}

}  // namespace gk
