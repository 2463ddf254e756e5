#include "table_reader.h"

#include <algorithm>

#include "diagnostics.h"
#include "text_match.h"

namespace gk {

namespace {

// Values counted for completeness: trailing empty cells do not count.
std::size_t filled_width(const std::vector<RawCell>& v) {
  std::size_t n = v.size();
  while (n > 0 && v[n - 1].type == CellType::Empty) --n;
  return n;
}

// A row label is never longer than a few lines of a table; of a longer run of
// text (a table that has turned into prose) only the end matters for telling
// which row follows. Keeps the matching linear in the size of the input.
constexpr std::size_t kMaxLabelBytes = 600;

void keep_tail(std::string& label) {
  if (label.size() <= kMaxLabelBytes) return;
  std::size_t cut = label.size() - kMaxLabelBytes / 2;
  while (cut < label.size() && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) ++cut;
  label.erase(0, cut);
}

bool is_value(const RawCell& c) { return c.type == CellType::Number || c.type == CellType::Placeholder; }

// A line of running prose: a table has ended even if no heading follows.
bool prose_line(std::string_view line, const SplitLine& split) {
  if (line.find("。") == std::string_view::npos) return false;
  for (const auto& c : split.cells)
    if (c.type == CellType::Number) return false;
  return label_key(line).size() >= 30;
}

// Whether the next non-blank line of [from, end) starts with a number or a
// placeholder.
bool next_line_opens_with_value(const Document& doc, int from, int end) {
  for (int li = from; li < end; ++li) {
    const Line& line = doc.lines[static_cast<std::size_t>(li)];
    SplitLine split = split_line(doc.text(), line.begin, line.end);
    for (const RawCell& c : split.cells)
      if (c.type != CellType::Empty) return is_value(c);
  }
  return false;
}

}  // namespace

std::vector<RawRow> assemble_rows(const Document& doc, int line_begin, int line_end, std::size_t min_width,
                                  std::size_t max_width) {
  std::vector<RawRow> rows;
  RawRow cur;
  const std::string_view text = doc.text();
  std::size_t grid_width = 0;  // the widest delimited line of the table
  int values_line = -1;         // the line the current row's numbers start on
  auto finish = [&]() {
    if (!cur.values.empty() || !cur.label.empty()) rows.push_back(std::move(cur));
    cur = RawRow{};
    values_line = -1;
  };
  auto extend = [](Span& s, Span add) {
    if (s.empty() && s.begin == 0 && s.end == 0) s = add;
    else { s.begin = std::min(s.begin, add.begin); s.end = std::max(s.end, add.end); }
  };
  for (int li = line_begin; li < line_end; ++li) {
    const Line& line = doc.lines[static_cast<std::size_t>(li)];
    if (line.end == line.begin) continue;
    SplitLine split = split_line(text, line.begin, line.end);
    if (split.separator) continue;
    const std::string_view line_text = doc.line_text(static_cast<std::size_t>(li));
    if (prose_line(line_text, split)) break;
    // A finished row stays open at the end of its line only while its
    // numbers may wrap onto the next line.
    if (!cur.values.empty() && filled_width(cur.values) >= max_width) finish();
    // A page number between rows ("- 5 -", "第 5 页", or a lone number
    // where no row is open) is not part of the table.
    if (page_number_line(line_text)) continue;
    if (!split.delimited && split.cells.size() == 1 && split.cells[0].type == CellType::Number &&
        cur.values.empty() && min_width > 1 && !next_line_opens_with_value(doc, li + 1, line_end))
      continue;
    if (split.delimited) {
      grid_width = std::max(grid_width, split.cells.size());
      // A delimited line with a label starts a row: its leading empty cells
      // (merged cells of the label column) are not values of the row above.
      const bool labelled = std::any_of(split.cells.begin(), split.cells.end(),
                                        [](const RawCell& c) { return c.type == CellType::Text; });
      if (labelled && !cur.values.empty()) finish();
      // The grid tail holds cells of the line the numbers are on only.
      if (cur.values.empty()) cur.grid_tail.clear();
    }
    // The row's numbers are on this line: its cells count while they all are.
    auto touch = [&] {
      if (values_line < 0) {
        values_line = li;
        cur.line_cells = split.delimited ? split.cells.size() : 0;
      } else if (values_line != li) {
        cur.line_cells = 0;
      }
    };
    for (std::size_t k = 0; k < split.cells.size(); ++k) {
      RawCell c = split.cells[k];
      // In text copied out of a PDF, a lone 无 that no number stands beside
      // is a word of a label ("(四) 无" / "法提供"), not an empty cell.
      if (c.word && !split.delimited && cur.values.empty() &&
          (k + 1 < split.cells.size() ? !is_value(split.cells[k + 1]) : !next_line_opens_with_value(doc, li + 1, line_end)))
        c.type = CellType::Text;
      if (c.type == CellType::Text) {
        // Text after a row's numbers on its own grid line ("6." or "⑥" where
        // a number belongs): the row's cells are no longer its grid's last.
        if (!cur.values.empty() && split.delimited && values_line == li) cur.line_cells = 0;
        if (!cur.values.empty()) finish();
        cur.label.append(text.substr(c.span.begin, c.span.end - c.span.begin));
        keep_tail(cur.label);
        extend(cur.label_span, c.span);
        extend(cur.span, c.span);
        cur.grid_tail.clear();
      } else if (is_value(c)) {
        cur.values.push_back(c);
        extend(cur.span, c.span);
        if (split.delimited) cur.grid_tail.push_back(c);
        touch();
      } else if (split.delimited) {
        if (!cur.values.empty()) {
          cur.values.push_back(c);  // an empty cell among the numbers
          touch();
        }
        cur.grid_tail.push_back(c);
      }
    }
  }
  finish();
  for (RawRow& row : rows) {
    row.full_grid = grid_width > 0 && row.line_cells == grid_width;
    if (!row.full_grid) row.grid_tail.clear();
  }
  return rows;
}

namespace {

// How well a row's label matches the spec row: the edit distance of the
// best match word, relative to its length (0 is exact). A row's own label
// ends the text gathered before its numbers (what comes before may be a
// repeated header or the end of the row above), so a match that ends early
// costs more. A long label whose last words were pushed past its numbers
// (PDF copies) fits by its first part, at a cost. False when no word fits.
bool label_fits(const std::vector<std::u32string>& words, const std::u32string& key, double* score) {
  constexpr double kPerCharFromEnd = 0.02;
  bool ok = false;
  double best = 1e9;
  for (const std::u32string& word : words) {
    if (word.empty()) continue;
    const double len = static_cast<double>(word.size());
    std::size_t end = 0;
    int d = substring_distance(word, key, &end);
    double s = 1e9;
    if (d <= allowed_edits(word.size())) {
      s = d / len + kPerCharFromEnd * static_cast<double>(key.size() - end);
    } else if (word.size() >= 10) {
      const std::size_t head = (word.size() * 3 + 4) / 5;  // the first 60%
      int dh = substring_distance(std::u32string_view(word).substr(0, head), key, &end);
      if (dh <= allowed_edits(head)) s = 0.3 + dh / len + kPerCharFromEnd * static_cast<double>(key.size() - end);
    }
    if (s < best) best = s;
    ok = ok || s < 1e9;
  }
  *score = best;
  return ok;
}

// How each kind of column takes each written form of a number: forms not
// listed are read as they are.
struct NumberRule {
  ValueKind kind;
  NumberForm form;
  bool unreadable;      // true: the cell is null (PARSE.NUMBER, an error);
                        // false: read, with a PARSE.NUMBER_FORMAT warning
  const char* message;  // {written}: the cell as written; {value}: as read
};

constexpr NumberRule kNumberRules[] = {
    {ValueKind::Count, NumberForm::Decimal, true, "是件数，应为整数，写的是 {written}"},
    {ValueKind::Count, NumberForm::Negative, true, "是件数，不能为负数，写的是 {written}"},
    {ValueKind::Count, NumberForm::Thousands, false, "写的是 {written}，按 {value} 读取；表中的数不应带千分位逗号"},
    {ValueKind::Count, NumberForm::WithUnit, false, "写的是 {written}，按 {value} 读取；表中只应填数字"},
    {ValueKind::Amount, NumberForm::Negative, true, "是金额，不能为负数，写的是 {written}"},
    {ValueKind::Amount, NumberForm::Thousands, false, "写的是 {written}，按 {value} 读取；表中的数不应带千分位逗号"},
    {ValueKind::Amount, NumberForm::WithUnit, false, "写的是 {written}，按 {value} 读取；单位已在表头注明（万元）"},
    {ValueKind::Change, NumberForm::Decimal, true, "应为整数，写的是 {written}"},
    {ValueKind::Change, NumberForm::Thousands, false, "写的是 {written}，按 {value} 读取；表中的数不应带千分位逗号"},
    {ValueKind::Count, NumberForm::TooLong, true, "写的是 {written}，位数太多（超过 15 位），无法准确读取"},
    {ValueKind::Amount, NumberForm::TooLong, true, "写的是 {written}，位数太多（超过 15 位），无法准确读取"},
    {ValueKind::Change, NumberForm::TooLong, true, "写的是 {written}，位数太多（超过 15 位），无法准确读取"},
    {ValueKind::Count, NumberForm::Malformed, true, "写的是 {written}，不是一个清楚的数（上标、圈码、字母 O 或多余的点），无法读取；请只填阿拉伯数字"},
    {ValueKind::Amount, NumberForm::Malformed, true, "写的是 {written}，不是一个清楚的数（上标、圈码、字母 O 或多余的点），无法读取；请只填阿拉伯数字"},
    {ValueKind::Change, NumberForm::Malformed, true, "写的是 {written}，不是一个清楚的数（上标、圈码、字母 O 或多余的点），无法读取；请只填阿拉伯数字"},
};

const NumberRule* number_rule(ValueKind kind, NumberForm form) {
  for (const auto& r : kNumberRules)
    if (r.kind == kind && r.form == form) return &r;
  return nullptr;
}

struct Reader {
  const Document& doc;
  const TableSpec& spec;
  TableData& out;
  Result& result;
  std::vector<std::vector<std::u32string>> match_keys;  // per row: its match words as keys

  std::string row_name(int r) const { return spec.rows[static_cast<std::size_t>(r)].label; }

  CellRef ref(int r, int c) const {
    return {spec.id, static_cast<std::uint16_t>(r), static_cast<std::uint16_t>(c)};
  }

  void mark_unreadable(int r, Span span) {
    for (auto& cell : out.rows[static_cast<std::size_t>(r)]) {
      cell.state = CellState::Unreadable;
      cell.span = span;
    }
  }

  // Puts the values of a raw row into the cells of spec rows
  // [first, first + count) (one row, or all rows of a single-line table).
  void fit(const RawRow& raw, int first, int count) {
    std::size_t width = 0;
    for (int r = first; r < first + count; ++r) width += spec.rows[static_cast<std::size_t>(r)].columns.size();
    std::vector<RawCell> v = raw.values;
    while (v.size() > width && !v.empty() && v.back().type == CellType::Empty) v.pop_back();
    while (v.size() > width && !v.empty() && v.front().type == CellType::Empty) v.erase(v.begin());
    // Numbers alone do not fill the row (a blank cell first, where the label's
    // merged cells are empty too): on an exact grid the row's last cells are
    // its columns.
    // Only when they are too few: more numbers than columns ("7 1" in one
    // cell) is never resolved by dropping the first.
    if (v.size() < width && raw.full_grid && raw.grid_tail.size() >= width)
      v.assign(raw.grid_tail.end() - static_cast<std::ptrdiff_t>(width), raw.grid_tail.end());
    for (int r = first; r < first + count; ++r) {
      out.row_found[static_cast<std::size_t>(r)] = true;
      out.row_spans[static_cast<std::size_t>(r)] = raw.span;
    }
    const std::string name = count == 1 ? "「" + row_name(first) + "」行" : spec.name;
    if (v.size() != width) {
      for (int r = first; r < first + count; ++r) mark_unreadable(r, raw.span);
      std::size_t numbers = 0;
      for (const auto& c : v) numbers += c.type != CellType::Empty;
      Diagnostic& d = add_diagnostic(
          result, "PARSE.ROW_CELLS", Severity::Warning,
          name + "应有 " + std::to_string(width) + " 个数，读到 " + std::to_string(numbers) +
              " 个，无法确定各数所在的栏，此行未计入核对",
          raw.span);
      for (int r = first; r < first + count; ++r) d.cells.push_back(ref(r, 0));
      return;
    }
    std::size_t k = 0;
    for (int r = first; r < first + count; ++r) {
      const RowSpec& rs = spec.rows[static_cast<std::size_t>(r)];
      std::vector<std::string> blanks;
      Span first_blank{};
      std::vector<CellRef> blank_refs;
      for (std::size_t c = 0; c < rs.columns.size(); ++c, ++k) {
        const RawCell& rc = v[k];
        Cell& cell = out.rows[static_cast<std::size_t>(r)][c];
        cell.span = rc.span;
        if (rc.type == CellType::Empty || rc.type == CellType::Placeholder) {
          cell.state = CellState::Blank;
          if (blanks.empty()) first_blank = rc.span;
          blanks.push_back(rs.columns[c].label);
          blank_refs.push_back(ref(r, static_cast<int>(c)));
          continue;
        }
        read_number(rc, rs, r, static_cast<int>(c), cell);
      }
      if (!blanks.empty()) {
        std::string cols;
        for (std::size_t i = 0; i < blanks.size(); ++i) cols += (i ? "、" : "") + blanks[i];
        std::string where = count == 1 ? "「" + rs.label + "」行" : "「" + rs.label + "」";
        Span at = first_blank.empty() ? raw.span : first_blank;
        Diagnostic& d = add_diagnostic(result, "PARSE.BLANK_CELL", Severity::Warning,
                                       where + "的「" + cols + "」栏没有填数字（空白、“/”或“—”），核对时按 0 计；格式要求填 0",
                                       at);
        d.cells = blank_refs;
      }
    }
  }

  void read_number(const RawCell& rc, const RowSpec& rs, int r, int c, Cell& cell) {
    const ColumnSpec& col = rs.columns[static_cast<std::size_t>(c)];
    cell.value = rc.value;
    cell.state = CellState::Value;
    const std::string_view written = doc.text().substr(rc.span.begin, rc.span.end - rc.span.begin);
    if (col.kind == ValueKind::Text) cell.text = std::string(written);
    const NumberRule* rule = number_rule(col.kind, rc.form);
    if (!rule) return;
    if (rule->unreadable) cell.state = CellState::Unreadable;
    std::string why = gk::fill(rule->message, "written", std::string(written));
    why = gk::fill(why, "value", format_number(rc.value));
    Diagnostic& d = add_diagnostic(result, rule->unreadable ? "PARSE.NUMBER" : "PARSE.NUMBER_FORMAT",
                                   rule->unreadable ? Severity::Error : Severity::Warning,
                                   "「" + rs.label + "」行「" + col.label + "」栏" + why, rc.span);
    d.cells.push_back(ref(r, c));
  }

  void report_missing(int from, int to, Span at) {
    if (from >= to) return;
    std::string names;
    const int shown = std::min(to - from, 3);
    for (int r = from; r < from + shown; ++r) names += (r > from ? "、" : "") + std::string("「") + row_name(r) + "」";
    if (to - from > shown) names += "等 " + std::to_string(to - from) + " 行";
    add_diagnostic(result, "PARSE.ROW_MISSING", Severity::Warning,
                   spec.name + "中没有找到" + names + "，这些行的数未能核对", at);
  }

  void read(int line_begin, int line_end) {
    const std::size_t nrows = spec.rows.size();
    out.rows.assign(nrows, {});
    for (std::size_t r = 0; r < nrows; ++r) out.rows[r].assign(spec.rows[r].columns.size(), Cell{});
    out.row_found.assign(nrows, false);
    out.row_spans.assign(nrows, Span{});
    std::size_t max_width = 0, min_width = SIZE_MAX;
    for (const auto& r : spec.rows) {
      max_width = std::max(max_width, r.columns.size());
      min_width = std::min(min_width, r.columns.size());
    }
    if (spec.single_line) {
      max_width = 0;
      for (const auto& r : spec.rows) max_width += r.columns.size();
      min_width = max_width;
    }
    std::vector<RawRow> raws = assemble_rows(doc, line_begin, line_end, min_width, max_width);
    Span region{doc.lines[static_cast<std::size_t>(line_begin)].begin,
                doc.lines[static_cast<std::size_t>(std::max(line_begin, line_end - 1))].end};
    out.span = region;

    for (const auto& row : spec.rows) {
      match_keys.emplace_back();
      for (const auto& w : row.match) match_keys.back().push_back(label_key(w));
    }
    int next = 0;
    const int n = static_cast<int>(nrows);
    for (const RawRow& raw : raws) {
      if (raw.values.empty()) continue;
      if (spec.single_line) {
        if (next == 0) {
          fit(raw, 0, n);
          next = n;
        } else {
          unknown_row(raw);
        }
        continue;
      }
      if (next >= n) {
        unknown_row(raw);
        continue;
      }
      std::u32string key = label_key(raw.label);
      int chosen = match_row(key, next);
      if (chosen < 0 && key.size() <= 2) {
        // No label at all (or only an enumerator): the row that comes next.
        chosen = next;
        Diagnostic& d = add_diagnostic(result, "PARSE.ROW_UNLABELLED", Severity::Warning,
                                       spec.name + "中这一行没有可识别的标签，按表格顺序视为「" +
                                           row_name(chosen) + "」行",
                                       raw.span);
        d.cells.push_back(ref(chosen, 0));
      }
      if (chosen < 0) {
        unknown_row(raw);
        continue;
      }
      report_missing(next, chosen, raw.span);
      fit(raw, chosen, 1);
      next = chosen + 1;
    }
    if (next == 0 && !spec.single_line) next = read_blank_grid(line_begin, line_end, min_width);
    report_missing(next, n, Span{region.end, region.end});
    out.present = std::find(out.row_found.begin(), out.row_found.end(), true) != out.row_found.end();
  }

  // The row that a label's key names, from row `next` on: an exact match of
  // the next row, else the best fit with the format's order as a guide; -1
  // when none fits.
  int match_row(const std::u32string& key, int next) const {
    const int n = static_cast<int>(spec.rows.size());
    double s = 0;
    if (next < n && label_fits(match_keys[static_cast<std::size_t>(next)], key, &s) && s == 0) return next;
    int chosen = -1;
    double best = 1e9;
    for (int r = next; r < n; ++r) {
      double sc;
      if (!label_fits(match_keys[static_cast<std::size_t>(r)], key, &sc)) continue;
      sc += 0.05 * (r - next);  // the format's order as a guide
      if (sc < best) { best = sc; chosen = r; }
    }
    return chosen;
  }

  // A table with no number at all, pasted as an exact grid (an HTML table
  // left blank): each line as wide as the widest, with a label of the format
  // and only empty cells after it, is that row, blank. Returns the row after
  // the last one read (0: none). Only tried when no row was read otherwise,
  // so that a grid's header lines never count as rows of a filled table.
  int read_blank_grid(int line_begin, int line_end, std::size_t min_width) {
    std::size_t grid_width = 0;
    std::vector<std::pair<int, SplitLine>> lines;
    for (int li = line_begin; li < line_end; ++li) {
      const Line& line = doc.lines[static_cast<std::size_t>(li)];
      SplitLine split = split_line(doc.text(), line.begin, line.end);
      if (!split.delimited) continue;
      grid_width = std::max(grid_width, split.cells.size());
      lines.emplace_back(li, std::move(split));
    }
    int next = 0;
    for (auto& [li, split] : lines) {
      if (split.cells.size() != grid_width) continue;
      RawRow raw;
      std::size_t after_label = 0;
      for (std::size_t k = 0; k < split.cells.size(); ++k) {
        const RawCell& c = split.cells[k];
        if (c.type == CellType::Number) { after_label = 0; raw.label.clear(); break; }
        if (c.type != CellType::Text) continue;
        raw.label.append(doc.text().substr(c.span.begin, c.span.end - c.span.begin));
        raw.label_span = raw.label_span.empty() ? c.span : Span{raw.label_span.begin, c.span.end};
        after_label = k + 1;
      }
      if (raw.label.empty() || grid_width - after_label < min_width) continue;
      raw.grid_tail.assign(split.cells.begin() + static_cast<std::ptrdiff_t>(after_label), split.cells.end());
      raw.full_grid = true;
      raw.span = doc.line_span(static_cast<std::size_t>(li));
      const int chosen = match_row(label_key(raw.label), next);
      if (chosen < 0) continue;
      fit(raw, chosen, 1);
      next = chosen + 1;
    }
    return next;
  }

  void unknown_row(const RawRow& raw) {
    // At most 60 bytes of the label, never cutting a character in half.
    std::size_t cut = std::min<std::size_t>(raw.label.size(), 60);
    while (cut > 0 && cut < raw.label.size() && (static_cast<unsigned char>(raw.label[cut]) & 0xC0) == 0x80) --cut;
    std::string label(raw.label.substr(0, cut));
    add_diagnostic(result, "PARSE.ROW_UNKNOWN", Severity::Warning,
                   spec.name + "中有一行无法识别" +
                       (label.empty() ? std::string() : "「" + label + "」") + "，其中的数未计入核对",
                   raw.span);
  }
};

}  // namespace

void read_tables(const Document& doc, const FormatSpec& format, Result& result) {
  for (int t = 0; t < kTableCount; ++t) {
    const TableSpec& spec = format.tables[t];
    TableData& out = result.tables[t];
    out = TableData{};
    const int b = doc.table_begin[t], e = doc.table_end[t];
    const std::size_t first_diagnostic = result.diagnostics.size();
    if (b >= 0 && e > b) {
      Reader reader{doc, spec, out, result, {}};
      reader.read(b, e);
    }
    if (!out.present) {
      // Keep the rows' shape so later checks can index them safely.
      out.rows.assign(spec.rows.size(), {});
      for (std::size_t r = 0; r < spec.rows.size(); ++r) out.rows[r].assign(spec.rows[r].columns.size(), Cell{});
      out.row_found.assign(spec.rows.size(), false);
      out.row_spans.assign(spec.rows.size(), Span{});
      // Drop the row-level noise of a table that is not there at all (said
      // while reading it, so after first_diagnostic).
      const auto from = result.diagnostics.begin() + static_cast<std::ptrdiff_t>(first_diagnostic);
      result.diagnostics.erase(std::remove_if(from, result.diagnostics.end(),
                                              [](const Diagnostic& d) { return d.rule == "PARSE.ROW_MISSING"; }),
                               result.diagnostics.end());
      const int sec = doc.section_line[spec.section];
      Span at = sec >= 0 ? doc.line_span(static_cast<std::size_t>(sec)) : Span{0, 0};
      add_diagnostic(result, "PARSE.TABLE_MISSING", Severity::Error,
                     std::string("没有找到") + spec.title + "，无法核对其中的数",
                     at);
    }
  }
}

}  // namespace gk
