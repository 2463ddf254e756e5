#include "table_reader.h"

#include <algorithm>

#include "column_blocks.h"
#include "page_numbers.h"
#include "diagnostics.h"
#include "format_derived.h"
#include "messages.h"
#include "row_alignment.h"
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

namespace {

// Whether the key ends with a header word: the number after it is the first
// of a row whose label the header follows, not a page number.
bool ends_with_header(const std::u32string& key, const std::vector<std::u32string>& words) {
  for (const std::u32string& w : words)
    if (w.size() <= key.size() && key.compare(key.size() - w.size(), w.size(), w) == 0) return true;
  return false;
}

bool has_width(const RowShape& shape, std::size_t w) {
  return std::find(shape.widths.begin(), shape.widths.end(), w) != shape.widths.end();
}

}  // namespace

namespace {

// A delimited line of label cells followed by at least a row's width of
// empty cells (no number, no placeholder), between two labelled rows (after a
// row with its label and numbers, or another such blank row, before a line
// with a label): a row of its
// own, left blank (an HTML table's blank row must not join the next row's
// label). Labels on rows apart from their numbers (a converter's Markdown)
// and a label cell with a line break in it go on as before. Finishes the open
// row and adds the blank one.
// After a table's header repeated on a new page (header_before: the open row holds only the
// header's words), the row before is the last finished one, and the header's words are dropped.
bool blank_grid_line(std::string_view text, const SplitLine& split, std::size_t min_width, bool next_has_numbers,
                     bool header_before, RawRow& cur, std::vector<RawRow>& rows) {
  // The row before: the open one, else the last finished.
  const bool open = !header_before && (!cur.label.empty() || !cur.values.empty());
  const RawRow* before = open ? &cur : rows.empty() ? nullptr : &rows.back();
  if (!before || before->label.empty() || (before->values.empty() && !before->blank_line) || next_has_numbers)
    return false;
  std::size_t last_text = SIZE_MAX;
  for (std::size_t k = 0; k < split.cells.size(); ++k) {
    if (split.cells[k].type == CellType::Number || split.cells[k].type == CellType::Placeholder) return false;
    if (split.cells[k].type == CellType::Text) last_text = k;
  }
  if (last_text == SIZE_MAX || split.cells.size() - last_text - 1 < min_width) return false;
  if (!header_before && (!cur.values.empty() || !cur.label.empty())) rows.push_back(std::move(cur));
  cur = RawRow{};
  RawRow blank;
  for (std::size_t k = 0; k <= last_text; ++k) {
    const RawCell& c = split.cells[k];
    if (c.type != CellType::Text) continue;
    blank.label.append(text.substr(c.span.begin, c.span.end - c.span.begin));
    blank.label_span = blank.label_span.empty() ? c.span : Span{blank.label_span.begin, c.span.end};
  }
  blank.values.assign(split.cells.begin() + static_cast<std::ptrdiff_t>(last_text + 1), split.cells.end());
  blank.span = Span{split.cells.front().span.begin, split.cells.back().span.end};
  blank.blank_line = true;
  rows.push_back(std::move(blank));
  return true;
}

// Whether the open row holds only a table's header, repeated on a new page: no number, its
// label ending with a header word and holding the heading of table 三's applicants.
bool repeated_header(const RawRow& cur, const std::vector<std::u32string>& header_words) {
  if (cur.label.empty() || !cur.values.empty()) return false;
  static const std::u32string kApplicants = label_key("申请人情况");
  const std::u32string key = label_key(cur.label);
  return key.find(kApplicants) != std::u32string::npos && ends_with_header(key, header_words);
}

}  // namespace

std::vector<RawRow> assemble_rows(const Document& doc, int line_begin, int line_end, const RowShape& shape) {
  const std::size_t min_width = shape.min_width, max_width = shape.max_width, block_rows = shape.block_rows;
  std::vector<RawRow> rows;
  RawRow cur;
  const std::string_view text = doc.text();
  std::size_t grid_width = 0;  // the widest delimited line of the table
  int values_line = -1;         // the line the current row's numbers start on
  bool run_goes_on = false;     // the last row finished was a full row of lone values: a run may go on
  auto finish = [&]() {
    // The row's cells at their size, not the vectors' doubling capacity
    // (a table of many rows holds every row's cells while it is read).
    cur.values.shrink_to_fit();
    cur.grid_tail.shrink_to_fit();
    if (!cur.values.empty() || !cur.label.empty()) rows.push_back(std::move(cur));
    cur = RawRow{};
    values_line = -1;
    run_goes_on = false;
  };
  auto extend = [](Span& s, Span add) {
    if (s.empty() && s.begin == 0 && s.end == 0) s = add;
    else { s.begin = std::min(s.begin, add.begin); s.end = std::max(s.end, add.end); }
  };
  for (int li = line_begin; li < line_end; ++li) {
    const Line& line = doc.lines[static_cast<std::size_t>(li)];
    if (line.end == line.begin) continue;
    SplitLine split = split_line(text, line.begin, line.end);
    // A line of more cells than any row has is no row (said once: say_overlong_line).
    if (split.separator || split.cells_cut) continue;
    const std::string_view line_text = doc.line_text(static_cast<std::size_t>(li));
    if (prose_line(line_text, split)) break;
    // A finished row stays open at the end of its line only while its
    // numbers may wrap onto the next line.
    if (!cur.values.empty() && filled_width(cur.values) >= max_width) {
      const bool lone_run = cur.lone_values && cur.rows == 1;
      finish();
      run_goes_on = lone_run;
    }
    // A page number between rows ("- 5 -", "第 5 页", or a lone number
    // where no row is open) is not part of the table.
    if (page_number_line(line_text)) continue;
    if (shape.page_lines && (*shape.page_lines)[static_cast<std::size_t>(li)]) continue;
    if (!split.delimited && !cur.values.empty() && shape.header_words && !shape.header_words->empty() &&
        made_of_words(label_key(line_text), *shape.header_words)) {
      cur.interrupted = true;
      continue;
    }
    if (block_rows > 0 && cur.values.empty()) {
      ColumnBlock block = column_block(doc, li, line_end, max_width, block_rows, shape.last_is_total);
      if (block.rows > 0) {
        cur.values = std::move(block.values);
        cur.rows = block.rows;
        cur.ambiguous = block.ambiguous;
        extend(cur.span, block.span);
        finish();
        li = block.end_line - 1;
        continue;
      }
    }
    // A lone number after a row of a width the table has, that would make it
    // one no row has, with no number after it: a page number, not a wrap.
    if (!split.delimited && split.cells.size() == 1 && split.cells[0].type == CellType::Number &&
        !cur.values.empty() && cur.rows == 1 && has_width(shape, filled_width(cur.values)) &&
        !has_width(shape, filled_width(cur.values) + 1) && !next_line_opens_with_value(doc, li + 1, line_end))
      continue;
    if (!split.delimited && split.cells.size() == 1 && split.cells[0].type == CellType::Number &&
        cur.values.empty() && min_width > 1 && !next_line_opens_with_value(doc, li + 1, line_end) &&
        !(shape.header_words && ends_with_header(label_key(cur.label), *shape.header_words)))
      continue;
    // Tab-separated only (a pasted HTML or Word table): a converter's Markdown
    // puts labels on rows of their own, apart from their numbers.
    if (split.delimited && min_width >= 2 && line_text.find('\t') != std::string_view::npos &&
        blank_grid_line(text, split, min_width, next_line_opens_with_value(doc, li + 1, line_end),
                        shape.header_words && repeated_header(cur, *shape.header_words), cur, rows)) {
      values_line = -1;
      continue;
    }
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
        run_goes_on = false;
        cur.label.append(text.substr(c.span.begin, c.span.end - c.span.begin));
        keep_tail(cur.label);
        extend(cur.label_span, c.span);
        extend(cur.span, c.span);
        cur.grid_tail.clear();
      } else if (is_value(c)) {
        const bool lone = !split.delimited && split.cells.size() == 1;
        // pdftotext without -layout: each cell a paragraph of its own, apart
        // by blank lines (a web copy's one cell per line keeps them together,
        // in the page's order).
        const bool apart = lone && ((li > line_begin && doc.blank_line(static_cast<std::size_t>(li - 1))) ||
                                    (li + 1 < line_end && doc.blank_line(static_cast<std::size_t>(li + 1))));
        cur.values_apart = (cur.values.empty() || cur.values_apart) && apart;
        if (cur.values.empty() && cur.label.empty() && run_goes_on && lone && !rows.empty()) {
          rows.back().run_next = true;
          cur.run_prev = true;
        }
        run_goes_on = false;
        cur.lone_values = cur.lone_values && lone;
        cur.values.push_back(c);
        extend(cur.span, c.span);
        if (split.delimited) cur.grid_tail.push_back(c);
        touch();
      } else if (split.delimited) {
        if (!cur.values.empty()) {
          cur.values.push_back(c);  // an empty cell among the numbers
          cur.lone_values = false;
          touch();
        }
        cur.grid_tail.push_back(c);
      }
    }
  }
  finish();
  for (RawRow& row : rows) {
    row.full_grid = grid_width > 0 && row.line_cells == grid_width;
    if (!row.full_grid) std::vector<RawCell>().swap(row.grid_tail);  // freed, not only emptied
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
// `chars`: the key's characters. A word with more characters the key lacks
// than its allowed edits cannot fit: no distance is computed for it (the
// same result, in a fraction of the time: most words share few characters
// with a row's label).
bool label_fits(const std::vector<std::u32string>& words, const std::u32string& key, const CharSet& chars,
                double* score) {
  constexpr double kPerCharFromEnd = 0.02;
  bool ok = false;
  double best = 1e9;
  for (const std::u32string& word : words) {
    if (word.empty()) continue;
    const double len = static_cast<double>(word.size());
    std::size_t end = 0;
    double s = 1e9;
    int d = 0;
    if (missing_characters(word, chars) <= allowed_edits(word.size()) &&
        (d = substring_distance(word, key, &end)) <= allowed_edits(word.size())) {
      s = d / len + kPerCharFromEnd * static_cast<double>(key.size() - end);
    } else if (word.size() >= 10) {
      const std::size_t head = (word.size() * 3 + 4) / 5;  // the first 60%
      const std::u32string_view first = std::u32string_view(word).substr(0, head);
      if (missing_characters(first, chars) <= allowed_edits(head)) {
        const int dh = substring_distance(first, key, &end);
        if (dh <= allowed_edits(head)) s = 0.3 + dh / len + kPerCharFromEnd * static_cast<double>(key.size() - end);
      }
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
    {ValueKind::Count, NumberForm::Run, true, "写的是 {written}，几个数连在一起，无法确定各是多少"},
    {ValueKind::Amount, NumberForm::Run, true, "写的是 {written}，几个数连在一起，无法确定各是多少"},
    {ValueKind::Change, NumberForm::Run, true, "写的是 {written}，几个数连在一起，无法确定各是多少"},
    {ValueKind::Text, NumberForm::Run, true, "写的是 {written}，几个数连在一起，无法确定各是多少"},
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
  Reader(const Document& d, const TableSpec& s, TableData& o, Result& r, const TableKeys& k)
      : doc(d), spec(s), out(o), result(r), keys(k) {}

  const Document& doc;
  const TableSpec& spec;
  TableData& out;
  Result& result;
  const TableKeys& keys;  // the table's words (format_derived.h)
  const std::vector<std::vector<std::u32string>>& match_keys = keys.match_keys;  // per row: its match words as keys
  int region_lines[2] = {0, 0};  // the lines [begin, end) of the table's region
  const std::vector<bool>* page_lines = nullptr;  // bare_page_numbers() of the document
  const std::vector<std::u32string>& tail_words = keys.tail_words;  // header words and the headings' characters, longest first
  std::pair<int, int> excused_rows{-1, -1};  // rows that a layout leaves out, not missing
  // A column missing from every row (column_missing()): the total column
  // (read the others, the totals not read), or one that cannot be told
  // (no row read); said once for the table.
  enum class LostColumn { None, Total, Unknown } lost_column = LostColumn::None;
  std::vector<int> joined_rows;  // rows whose cells ran together, read one per digit
  std::vector<std::pair<int, std::size_t>> duplicates_said;  // row, index of its PARSE.ROW_DUPLICATE
  bool last_is_total = false;  // each row of the table ends in its total (table 三)
  std::size_t doubtful_said = SIZE_MAX;  // index of the PARSE.ROW_AMBIGUOUS of the current doubtful run

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
    if (v.size() != width && split_joined(v, width)) joined_rows.push_back(first);
    for (int r = first; r < first + count; ++r) {
      out.row_found[static_cast<std::size_t>(r)] = true;
      out.row_spans[static_cast<std::size_t>(r)] = raw.span;
    }
    const std::string name = count == 1 ? "「" + row_name(first) + "」行" : spec.name;
    if (raw.ambiguous) {
      for (int r = first; r < first + count; ++r) mark_unreadable(r, raw.span);
      Diagnostic& d = report(result, Rule::ParseRowAmbiguous, msg::kBlockBothWays,
                             {{"table", spec.name}, {"row", row_name(first)}, {"count", std::to_string(count)}},
                             raw.span);
      for (int r = first; r < first + count; ++r) d.cells.push_back(ref(r, 0));
      return;
    }
    if (lost_column == LostColumn::Total && v.size() + static_cast<std::size_t>(count) == width) {
      fit_without_totals(raw, v, first, count);
      return;
    }
    if (v.size() != width && lost_column == LostColumn::Unknown) {
      for (int r = first; r < first + count; ++r) mark_unreadable(r, raw.span);
      return;
    }
    if (v.size() != width) {
      for (int r = first; r < first + count; ++r) mark_unreadable(r, raw.span);
      std::size_t numbers = 0;
      for (const auto& c : v) numbers += c.type != CellType::Empty;
      Diagnostic& d = report(result, Rule::ParseRowCells, msg::kRowCells,
                             {{"where", name}, {"width", std::to_string(width)}, {"numbers", std::to_string(numbers)}},
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
        Diagnostic& d = report(result, Rule::ParseBlankCell, msg::kBlankCell, {{"where", where}, {"columns", cols}}, at);
        d.cells = blank_refs;
      }
    }
  }

  // A row whose cells lost their separators ("3000003", "00/0/00"): one
  // cell per character, only where that gives exactly the row's width (the
  // only reading) and the run is the row's one value or holds a slash (so
  // that no number of several digits is cut up). False when not read so.
  // A run of slashes alone ("///////": a row left blank, scraped without
  // separators) is one blank mark per slash.
  bool slashes(const RawCell& c) const {
    if (c.type != CellType::Placeholder || c.span.end - c.span.begin < 2) return false;
    const std::string_view t = doc.text().substr(c.span.begin, c.span.end - c.span.begin);
    return t.find_first_not_of('/') == std::string_view::npos;
  }

  bool split_joined(std::vector<RawCell>& v, std::size_t width) const {
    std::size_t total = 0;
    bool any = false;
    for (const RawCell& c : v) {
      const bool run = slashes(c) || (c.type == CellType::Number &&
                                      (c.form == NumberForm::Run || (v.size() == 1 && c.form == NumberForm::Integer)));
      const std::size_t chars = run ? c.span.end - c.span.begin : 1;
      any = any || (run && chars > 1);
      total += chars;
    }
    if (!any || total != width) return false;
    std::vector<RawCell> out_cells;
    for (const RawCell& c : v) {
      const bool run = slashes(c) || (c.type == CellType::Number &&
                                      (c.form == NumberForm::Run || (v.size() == 1 && c.form == NumberForm::Integer)));
      if (!run) { out_cells.push_back(c); continue; }
      for (std::uint32_t o = c.span.begin; o < c.span.end; ++o) {
        const Span at{o, o + 1};
        out_cells.push_back(classify_cell(doc.text().substr(o, 1), at));
      }
    }
    v = std::move(out_cells);
    return true;
  }

  // One warning for the rows read by split_joined().
  void report_joined() {
    if (joined_rows.empty()) return;
    const Span at = out.row_spans[static_cast<std::size_t>(joined_rows.front())];
    Diagnostic& d = report(result, Rule::ParseCellsJoined, msg::kCellsJoined,
                           {{"table", spec.name},
                            {"count", std::to_string(joined_rows.size())},
                            {"row", row_name(joined_rows.front())}},
                           at);
    for (int r : joined_rows) d.cells.push_back(ref(r, 0));
  }

  // Rows that lost their total column: each row's numbers are its other
  // columns in order, its total not read.
  void fit_without_totals(const RawRow& raw, std::vector<RawCell> v, int first, int count) {
    std::vector<RawCell> with_totals;
    std::size_t k = 0;
    for (int r = first; r < first + count; ++r) {
      const std::size_t w = spec.rows[static_cast<std::size_t>(r)].columns.size();
      for (std::size_t c = 0; c + 1 < w; ++c) with_totals.push_back(v[k++]);
      with_totals.push_back(RawCell{});  // the total's place, set unreadable below
    }
    RawRow filled = raw;
    filled.values = std::move(with_totals);
    filled.full_grid = false;
    const LostColumn keep = lost_column;
    lost_column = LostColumn::None;
    const std::size_t diagnostics = result.diagnostics.size();
    fit(filled, first, count);
    lost_column = keep;
    // The total's empty place is no blank cell of the paste: drop what fit
    // said about it, and leave it unread.
    for (std::size_t i = diagnostics; i < result.diagnostics.size(); ++i) {
      Diagnostic& d = result.diagnostics[i];
      if (d.rule != "PARSE.BLANK_CELL") continue;
      std::vector<CellRef> kept;
      for (const CellRef& c : d.cells)
        if (c.col + 1u != spec.rows[c.row].columns.size()) kept.push_back(c);
      if (kept.size() == d.cells.size()) continue;
      if (kept.empty()) {
        result.diagnostics.erase(result.diagnostics.begin() + static_cast<std::ptrdiff_t>(i--));
        continue;
      }
      d.cells = kept;
    }
    for (int r = first; r < first + count; ++r) {
      Cell& total = out.rows[static_cast<std::size_t>(r)].back();
      total.state = CellState::Unreadable;
      total.span = raw.span;
    }
  }

  // Every row one number short, on a table whose last column is the total of
  // the others: the total column was left out when the rows still add up
  // without it (no row's last number is the sum of the others), else a
  // column is missing that cannot be told. Said once for the table.
  void find_lost_column(const std::vector<const RawRow*>& pieces, const std::vector<PieceScores>& scores) {
    if (pieces.size() < 3 || spec.rows.empty()) return;
    const std::size_t width = spec.rows[0].columns.size();
    for (const auto& r : spec.rows)
      if (r.columns.size() != width || r.columns.back().key != "total") return;
    if (width < 3) return;
    bool totals_seen = false;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (scores[i].values + 1 != width) return;
      const std::vector<RawCell>& v = pieces[i]->values;
      for (std::size_t row = 0; row < scores[i].rows; ++row) {
        double sum = 0, last = 0;
        for (std::size_t c = 0; c + 1 < width; ++c) {
          const RawCell& cell = v[row * (width - 1) + c];
          const double x = cell.type == CellType::Number ? cell.value : 0;
          if (c + 2 < width) sum += x;
          else last = x;
        }
        totals_seen = totals_seen || (last != 0 && last == sum);
      }
    }
    lost_column = totals_seen ? LostColumn::Unknown : LostColumn::Total;
    Diagnostic& d = report(result, Rule::ParseColumnMissing,
                           lost_column == LostColumn::Total ? msg::kTotalColumnMissing : msg::kColumnMissing,
                           {{"table", spec.name}, {"count", std::to_string(width - 1)}}, pieces.front()->span);
    for (std::size_t r = 0; r < spec.rows.size(); ++r)
      d.cells.push_back(ref(static_cast<int>(r), static_cast<int>(lost_column == LostColumn::Total ? width - 1 : 0)));
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
    Diagnostic& d = report(result, rule->unreadable ? Rule::ParseNumber : Rule::ParseNumberFormat, msg::kCellSays,
                           {{"row", rs.label}, {"column", col.label}, {"says", why}}, rc.span);
    d.cells.push_back(ref(r, c));
  }

  // Rows [from, to) not read, said once for each run of them; rows read
  // otherwise (out of order, or blank by the layout) are not.
  void report_missing(int from, int to, Span at) {
    for (int r = from; r < to;) {
      if (out.row_found[static_cast<std::size_t>(r)] || excused(r)) { ++r; continue; }
      int e = r;
      while (e < to && !out.row_found[static_cast<std::size_t>(e)] && !excused(e)) ++e;
      report_missing_run(r, e, at);
      r = e;
    }
  }

  bool excused(int r) const { return excused_rows.first == r || excused_rows.second == r; }

  void report_missing_run(int from, int to, Span at) {
    if (from >= to) return;
    std::string names;
    const int shown = std::min(to - from, 3);
    for (int r = from; r < from + shown; ++r) names += (r > from ? "、" : "") + std::string("「") + row_name(r) + "」";
    if (to - from > shown) names += "等 " + std::to_string(to - from) + " 行";
    report(result, Rule::ParseRowMissing, msg::kRowsMissing, {{"table", spec.name}, {"rows", names}}, at);
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
    RowShape shape;
    shape.min_width = min_width;
    shape.max_width = max_width;
    shape.block_rows = !spec.single_line && min_width == max_width ? nrows : 0;
    shape.last_is_total = std::all_of(spec.rows.begin(), spec.rows.end(), [](const RowSpec& r) {
      return r.columns.size() > 2 && r.columns.back().key == "total";
    });
    shape.header_words = &keys.header_words;
    last_is_total = shape.last_is_total;
    if (spec.single_line) shape.widths = {max_width};
    else
      for (const RowSpec& r : spec.rows) shape.widths.push_back(r.columns.size());
    shape.page_lines = page_lines;
    std::vector<RawRow> raws = assemble_rows(doc, line_begin, line_end, shape);
    region_lines[0] = line_begin;
    region_lines[1] = line_end;
    Span region{doc.lines[static_cast<std::size_t>(line_begin)].begin,
                doc.lines[static_cast<std::size_t>(std::max(line_begin, line_end - 1))].end};
    out.span = region;

    const int n = static_cast<int>(nrows);
    int next = spec.single_line ? read_single_line(raws) : align(raws);
    if (next == 0 && !spec.single_line) next = read_blank_grid(line_begin, line_end, min_width);
    report_missing(next, n, Span{region.end, region.end});
    report_joined();
    out.present = std::find(out.row_found.begin(), out.row_found.end(), true) != out.row_found.end();
  }

  // A table on one line (表四): its values in order, those of the pieces
  // that follow gathered while the first is short (a PDF copy leaves header
  // words such as 总计 between the last numbers). Returns the row after the
  // last one read.
  int read_single_line(const std::vector<RawRow>& raws) {
    const int n = static_cast<int>(spec.rows.size());
    std::size_t width = 0;
    for (const auto& r : spec.rows) width += r.columns.size();
    int next = 0;
    for (std::size_t i = 0; i < raws.size(); ++i) {
      if (raws[i].values.empty()) continue;
      if (next != 0) {
        unknown_row(raws[i]);
        continue;
      }
      RawRow joined = raws[i];
      bool gathered = false;  // text stood between its numbers (a PDF copy's header words)
      while (filled_width(joined.values) < width && i + 1 < raws.size() &&
             filled_width(joined.values) + filled_width(raws[i + 1].values) <= width) {
        const RawRow& more = raws[++i];
        joined.values.insert(joined.values.end(), more.values.begin(), more.values.end());
        joined.span.end = std::max(joined.span.end, more.span.end);
        joined.full_grid = false;
        joined.values_apart = joined.values_apart && more.values_apart;
        gathered = true;
      }
      fit(joined, 0, n);
      if (joined.values_apart && (gathered || joined.interrupted)) doubt_lone_blanks(joined);
      next = n;
    }
    return next;
  }

  // A one-line table copied one number to a paragraph, with header words
  // among its numbers (pdftotext without -layout): a blank mark (无, /, —)
  // may stand away from its place there (a character of another height is a
  // line of its own to pdftotext), and no sum tells where it stood, so a
  // group holding one is not read.
  void doubt_lone_blanks(const RawRow& joined) {
    std::size_t k = 0;
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
      const std::size_t w = spec.rows[r].columns.size();
      bool blank_mark = false;
      for (std::size_t c = 0; c < w && k + c < joined.values.size(); ++c)
        blank_mark = blank_mark || joined.values[k + c].type == CellType::Placeholder;
      k += w;
      const auto& cells = out.rows[r];
      const bool read = std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.state != CellState::Unreadable; });
      if (!blank_mark || !read) continue;
      mark_unreadable(static_cast<int>(r), joined.span);
      Diagnostic& d = report(result, Rule::ParseRowAmbiguous, msg::kBlankMarkPlace,
                             {{"table", spec.name}, {"row", row_name(static_cast<int>(r))}}, joined.span);
      d.cells.push_back(ref(static_cast<int>(r), 0));
    }
  }

  // How the alignment sees a piece: its rows, its width, its label's fit to
  // every row of the format.
  PieceScores scores_of(const RawRow& raw, std::size_t max_width) const {
    PieceScores ps;
    ps.rows = raw.rows;
    std::size_t b = 0, e = raw.values.size();
    while (e > b && raw.values[e - 1].type == CellType::Empty) --e;
    while (b < e && raw.values[b].type == CellType::Empty) ++b;
    ps.values = raw.rows > 1 ? (e - b) / raw.rows : e - b;
    if (raw.full_grid && raw.grid_tail.size() >= max_width) ps.values = 0;
    const std::u32string key = label_key(raw.label);
    // A PDF copy may put the header's words after a row's label: the label
    // fits as it stands or without them, whichever fits better.
    const std::u32string bare = without_header_tail(key);
    ps.unlabelled = key.size() <= 2 || bare.empty();
    ps.fit.assign(spec.rows.size(), -1);
    const CharSet key_chars(key), bare_chars(bare);
    if (!ps.unlabelled)
      for (std::size_t r = 0; r < spec.rows.size(); ++r) {
        double sc, sb;
        const bool fits = label_fits(match_keys[r], key, key_chars, &sc);
        const bool fits_bare = bare.size() < key.size() && label_fits(match_keys[r], bare, bare_chars, &sb);
        if (fits || fits_bare) ps.fit[r] = std::min(fits ? sc : 1e9, fits_bare ? sb : 1e9);
      }
    return ps;
  }

  // The key without the header words (and single characters of the column
  // headings, as a narrow column wraps them) at its end.
  std::u32string without_header_tail(std::u32string key) const {
    for (bool cut = true; cut && !key.empty();) {
      cut = false;
      for (const std::u32string& w : tail_words)
        if (w.size() <= key.size() && key.compare(key.size() - w.size(), w.size(), w) == 0) {
          key.resize(key.size() - w.size());
          cut = true;
          break;
        }
    }
    return key;
  }

  // Per row: whether the table's region names it word for word (by a match
  // word of four characters or more), in a label or on a line of its own.
  std::vector<bool> named_rows(const std::vector<RawRow>& raws) const {
    constexpr std::size_t kMinNameLength = 4;
    std::vector<bool> named(spec.rows.size(), false);
    // Each key looked at as it is made, not kept: a key per line of the
    // region was 10 bytes per input byte on a million short lines.
    auto look = [&](const std::u32string& key) {
      for (std::size_t r = 0; r < spec.rows.size(); ++r) {
        if (named[r]) continue;
        for (const std::u32string& word : match_keys[r])
          if (word.size() >= kMinNameLength && key.find(word) != std::u32string::npos) {
            named[r] = true;
            break;
          }
      }
    };
    for (const RawRow& raw : raws)
      if (!raw.label.empty()) look(label_key(raw.label));
    for (int li = region_lines[0]; li < region_lines[1]; ++li) look(label_key(doc.line_text(static_cast<std::size_t>(li))));
    return named;
  }

  // Rows of several lines each (a table of many rows): the pieces aligned to
  // the format's rows (row_alignment.h). Returns the row after the last one
  // read (0: none).
  int align(const std::vector<RawRow>& raws) {
    std::vector<const RawRow*> pieces;
    std::vector<PieceScores> scores;
    std::size_t max_width = 0;
    std::vector<std::size_t> widths;
    for (const auto& r : spec.rows) {
      widths.push_back(r.columns.size());
      max_width = std::max(max_width, r.columns.size());
    }
    for (const RawRow& raw : raws) {
      if (raw.values.empty()) continue;
      pieces.push_back(&raw);
      scores.push_back(scores_of(raw, max_width));
    }
    find_lost_column(pieces, scores);
    if (lost_column != LostColumn::None)
      for (PieceScores& ps : scores) ps.values += 1;
    const std::vector<bool> named = named_rows(raws);
    const std::vector<Placement> placed = align_rows(scores, widths, named);
    std::vector<const RawRow*> read_from(spec.rows.size(), nullptr);
    const bool single_other = single_other_row(placed, named);
    if (single_other) excused_rows = rows_of_single_other();
    const std::vector<int> doubtful = doubtful_lone_rows(pieces, placed, widths);
    int next = 0, last_doubtful = -1;
    std::vector<bool> in_doubt(spec.rows.size(), false);
    Span last_ambiguous{};
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      const RawRow& raw = *pieces[i];
      Placement pl = placed[i];
      if (doubtful[i] >= 0 && (pl.kind == Placement::Kind::Row || pl.kind == Placement::Kind::Ambiguous)) {
        if (pl.first > next) report_missing(next, pl.first, raw.span);
        doubtful_rows(raw, pl, doubtful[i] == last_doubtful);
        last_doubtful = doubtful[i];
        next = std::max(next, pl.first + pl.count);
        for (int r = pl.first; r < pl.first + pl.count; ++r) in_doubt[static_cast<std::size_t>(r)] = true;
        continue;
      }
      // Another piece for a row of a doubtful run is no better evidence.
      if ((pl.kind == Placement::Kind::Row || pl.kind == Placement::Kind::Duplicate) && raw.lone_values &&
          in_doubt[static_cast<std::size_t>(pl.first)])
        continue;
      if (pl.kind == Placement::Kind::Duplicate && !read_from[static_cast<std::size_t>(pl.first)])
        pl.kind = Placement::Kind::Row;  // a row out of the format's order, not read before
      // A blank grid line is its row only by its label: never placed by order.
      if (raw.blank_line && !(pl.kind == Placement::Kind::Row && pl.by_label)) continue;
      switch (pl.kind) {
        case Placement::Kind::Unknown:
          if (!raw.blank_line) unknown_row(raw);
          break;
        case Placement::Kind::Duplicate:
          // A copy has its row's label; a label that only shares words with
          // it (（八）其他事项 beside 3.其他) is a row the format does not have.
          if (same_label(raw, *read_from[static_cast<std::size_t>(pl.first)]))
            duplicate_row(raw, *read_from[static_cast<std::size_t>(pl.first)], pl.first);
          else
            unknown_row(raw);
          break;
        case Placement::Kind::Ambiguous:
          if (pl.first > next) report_missing(next, pl.first, raw.span);
          ambiguous_rows(raw, pl, last_ambiguous);
          next = std::max(next, pl.first + pl.count);
          break;
        case Placement::Kind::Row:
          if (pl.first > next) report_missing(next, pl.first, raw.span);
          if (!pl.by_label && !named[static_cast<std::size_t>(pl.first)]) {
            Diagnostic& d = report(result, Rule::ParseRowUnlabelled, msg::kRowUnlabelled,
                                   {{"table", spec.name}, {"row", row_name(pl.first)}}, raw.span);
            d.cells.push_back(ref(pl.first, 0));
          }
          fit(raw, pl.first, pl.count);
          for (int r = pl.first; r < pl.first + pl.count; ++r) read_from[static_cast<std::size_t>(r)] = &raw;
          next = std::max(next, pl.first + pl.count);
          break;
      }
    }
    if (single_other) read_single_other_row();
    return next;
  }

  // Pieces of numbers copied one to a line whose rows the stream does not
  // settle (a printed-blank cell leaves no trace there, and a page's text
  // blocks may come in any order): header words among the numbers of a row
  // that does not add up, or a
  // run of such numbers cut into rows by the width alone that does not fill
  // consecutive rows exactly or, on a table whose rows end in their total,
  // has a row that does not add up (a misread more likely than a wrong sum:
  // not read, rather than a false error). Each whole run is doubtful. Per
  // piece: the index of its doubtful run's first piece, or -1.
  std::vector<int> doubtful_lone_rows(const std::vector<const RawRow*>& pieces, const std::vector<Placement>& placed,
                                      const std::vector<std::size_t>& widths) const {
    std::vector<int> doubtful(pieces.size(), -1);
    auto lone = [&](std::size_t i) { return pieces[i]->lone_values && pieces[i]->rows == 1; };
    for (std::size_t b = 0; b < pieces.size();) {
      std::size_t e = b + 1;
      while (e < pieces.size() && pieces[e - 1]->run_next && pieces[e]->run_prev) ++e;
      bool doubt = false;
      for (std::size_t i = b; i < e && !doubt; ++i) {
        if (!lone(i)) continue;
        doubt = pieces[i]->interrupted && !adds_up(pieces[i]->values);
        if (e - b == 1) continue;
        const Placement& pl = placed[i];
        doubt = doubt || pl.kind != Placement::Kind::Row || pl.count != 1 ||
                pieces[i]->values.size() != widths[static_cast<std::size_t>(pl.first)] ||
                (i > b && placed[i - 1].kind == Placement::Kind::Row && placed[i - 1].first + 1 != pl.first) ||
                !adds_up(pieces[i]->values);
      }
      if (doubt)
        for (std::size_t i = b; i < e; ++i)
          if (lone(i)) doubtful[i] = static_cast<int>(b);
      b = e;
    }
    // A stream shown out of order (a doubtful run, a row short of numbers, a
    // piece of numbers that is no row): its other rows are read only where
    // they add up and, copied one to a paragraph, hold no blank mark (whose
    // place no sum tells: see doubt_lone_blanks).
    bool scrambled = false;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (!lone(i)) continue;
      const Placement& pl = placed[i];
      const bool numbers = std::any_of(pieces[i]->values.begin(), pieces[i]->values.end(),
                                       [](const RawCell& c) { return c.type == CellType::Number; });
      scrambled = scrambled || doubtful[i] >= 0 || (pl.kind == Placement::Kind::Unknown && numbers) ||
                  (pl.kind == Placement::Kind::Row && pl.count == 1 &&
                   pieces[i]->values.size() != widths[static_cast<std::size_t>(pl.first)]);
    }
    if (scrambled)
      for (std::size_t i = 0; i < pieces.size(); ++i)
        if (lone(i) && doubtful[i] < 0 && placed[i].kind == Placement::Kind::Row && placed[i].count == 1 &&
            pieces[i]->values.size() == widths[static_cast<std::size_t>(placed[i].first)] &&
            (!adds_up(pieces[i]->values) || (pieces[i]->values_apart && has_placeholder(pieces[i]->values))))
          doubtful[i] = static_cast<int>(i);
    return doubtful;
  }

  static bool has_placeholder(const std::vector<RawCell>& v) {
    return std::any_of(v.begin(), v.end(), [](const RawCell& c) { return c.type == CellType::Placeholder; });
  }

  // Whether a row's values add up: on a table whose rows end in their total,
  // the last the sum of the others (true on other tables).
  bool adds_up(const std::vector<RawCell>& v) const {
    if (!last_is_total || v.size() < 2) return last_is_total ? v.empty() : true;
    double sum = 0;
    for (std::size_t c = 0; c + 1 < v.size(); ++c) sum += v[c].type == CellType::Number ? v[c].value : 0;
    return sum == (v.back().type == CellType::Number ? v.back().value : 0);
  }

  // Rows of such a doubtful run: not read, said once for each run.
  void doubtful_rows(const RawRow& raw, const Placement& pl, bool same_run) {
    for (int r = pl.first; r < pl.first + pl.count; ++r) {
      if (out.row_found[static_cast<std::size_t>(r)]) continue;
      out.row_found[static_cast<std::size_t>(r)] = true;
      out.row_spans[static_cast<std::size_t>(r)] = raw.span;
      mark_unreadable(r, raw.span);
    }
    if (same_run && doubtful_said < result.diagnostics.size()) {
      Diagnostic& d = result.diagnostics[doubtful_said];
      for (int r = pl.first; r < pl.first + pl.count; ++r) d.cells.push_back(ref(r, 0));
      d.message = phrase(msg::kRowsInterleaved, {{"table", spec.name}, {"rows", rows_phrase(d.cells)}});
      return;
    }
    doubtful_said = result.diagnostics.size();
    std::vector<CellRef> refs;
    for (int r = pl.first; r < pl.first + pl.count; ++r) refs.push_back(ref(r, 0));
    Diagnostic& d = report(result, Rule::ParseRowAmbiguous, msg::kRowsInterleaved,
                           {{"table", spec.name}, {"rows", rows_phrase(refs)}}, raw.span);
    d.cells = refs;
  }

  // 「A」 or 「A」至「B」: rows [first, first + count).
  std::string range_phrase(int first, int count) const {
    return count == 1 ? "「" + row_name(first) + "」" : "「" + row_name(first) + "」至「" + row_name(first + count - 1) + "」";
  }

  // The same, for the rows of the cells.
  std::string rows_phrase(const std::vector<CellRef>& cells) const {
    int lo = -1, hi = -1;
    for (const CellRef& c : cells) {
      const int r = c.row;
      lo = lo < 0 ? r : std::min(lo, r);
      hi = std::max(hi, r);
    }
    return lo < 0 ? std::string() : range_phrase(lo, hi - lo + 1);
  }

  // The rows of a 2021 table 三 that a 2019-layout single （六）其他处理 row
  // stands for (1. and 2.; the row itself is read as 3.其他, which it
  // matches); {-1, -1} in a table without them.
  std::pair<int, int> rows_of_single_other() const {
    return {spec.row_index("other.no_correction"), spec.row_index("other.no_fee")};
  }

  // Whether the table keeps the 2019 layout's single （六）其他处理 row: 3.其他
  // placed, 1. and 2. neither placed nor named anywhere in the table.
  bool single_other_row(const std::vector<Placement>& placed, const std::vector<bool>& named) const {
    const auto [one, two] = rows_of_single_other();
    const int other = spec.row_index("other.other");
    if (one < 0 || two < 0 || other < 0 || named[static_cast<std::size_t>(one)] || named[static_cast<std::size_t>(two)])
      return false;
    bool has_other = false;
    for (const Placement& pl : placed) {
      if (pl.kind != Placement::Kind::Row && pl.kind != Placement::Kind::Ambiguous) continue;
      auto covers = [&](int r) { return pl.first <= r && r < pl.first + pl.count; };
      if (covers(one) || covers(two)) return false;
      has_other = has_other || (pl.kind == Placement::Kind::Row && covers(other));
    }
    return has_other;
  }

  // Such a table: 1. and 2. are blank, so that every sum stays checked (the
  // single row holds all other handling), with one warning.
  void read_single_other_row() {
    const auto [one, two] = rows_of_single_other();
    const int other = spec.row_index("other.other");
    const Span at = out.row_spans[static_cast<std::size_t>(other)];
    for (int r : {one, two}) {
      out.row_found[static_cast<std::size_t>(r)] = true;
      out.row_spans[static_cast<std::size_t>(r)] = at;
      for (Cell& cell : out.rows[static_cast<std::size_t>(r)]) {
        cell.state = CellState::Blank;
        cell.span = Span{at.begin, at.begin};
      }
    }
    Diagnostic& d = report(result, Rule::FormatOutdated, msg::kSingleOtherRow, {{"table", spec.name}}, at);
    d.cells.push_back(ref(other, 0));
  }

  // Whether two rows' labels are one label (a copy: the shorter ends the
  // longer, which may carry its group's label before it), or the later has none.
  static bool same_label(const RawRow& again, const RawRow& first) {
    std::u32string a = label_key(again.label), b = label_key(first.label);
    if (a.empty()) return true;
    if (a.size() > b.size()) std::swap(a, b);
    std::size_t end = 0;
    return substring_distance(a, b, &end) * 3 <= static_cast<int>(a.size()) && end + 1 >= b.size();
  }

  // A row written twice (a clerk's copy-paste): an error naming it; its
  // cells stay read when both copies hold the same numbers, and are not read
  // when they differ (which is right cannot be told).
  void duplicate_row(const RawRow& again, const RawRow& first, int r) {
    bool same = again.values.size() == first.values.size();
    for (std::size_t k = 0; same && k < again.values.size(); ++k)
      same = again.values[k].type == first.values[k].type && again.values[k].value == first.values[k].value;
    const std::string msg =
        phrase(same ? msg::kRowTwiceSame : msg::kRowTwiceDiffer, {{"table", spec.name}, {"row", row_name(r)}});
    if (!same) mark_unreadable(r, first.span);
    // Said once a row, however many times it repeats (the message of the
    // copies that differ wins).
    for (const auto& [row, index] : duplicates_said)
      if (row == r) {
        if (!same) result.diagnostics[index].message = msg;
        return;
      }
    duplicates_said.emplace_back(r, result.diagnostics.size());
    Diagnostic& d = add_diagnostic(result, Rule::ParseRowDuplicate, msg, again.span);
    d.cells.push_back(ref(r, 0));
  }

  // Numbers without a label that the format's order leaves room for in more
  // than one place: those rows are not read (one diagnostic per gap).
  void ambiguous_rows(const RawRow& raw, const Placement& pl, Span& last) {
    const Span gap{static_cast<std::uint32_t>(pl.first), static_cast<std::uint32_t>(pl.first + pl.count)};
    for (int r = pl.first; r < pl.first + pl.count; ++r) {
      if (out.row_found[static_cast<std::size_t>(r)]) continue;
      out.row_found[static_cast<std::size_t>(r)] = true;
      out.row_spans[static_cast<std::size_t>(r)] = raw.span;
      mark_unreadable(r, raw.span);
    }
    if (gap.begin == last.begin && gap.end == last.end) return;
    last = gap;
    const std::string range = range_phrase(pl.first, pl.count);
    Diagnostic& d = report(result, Rule::ParseRowAmbiguous, msg::kRowsUnplaced, {{"table", spec.name}, {"rows", range}},
                           raw.span);
    for (int r = pl.first; r < pl.first + pl.count; ++r) d.cells.push_back(ref(r, 0));
  }

  // The row that a label's key names, from row `next` on: an exact match of
  // the next row, else the best fit with the format's order as a guide; -1
  // when none fits.
  int match_row(const std::u32string& key, int next) const {
    const int n = static_cast<int>(spec.rows.size());
    const CharSet chars(key);
    double s = 0;
    if (next < n && label_fits(match_keys[static_cast<std::size_t>(next)], key, chars, &s) && s == 0) return next;
    int chosen = -1;
    double best = 1e9;
    for (int r = next; r < n; ++r) {
      double sc;
      if (!label_fits(match_keys[static_cast<std::size_t>(r)], key, chars, &sc)) continue;
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
      if (!split.delimited || split.cells_cut) continue;
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
    report(result, Rule::ParseRowUnknown, msg::kRowUnknown,
           {{"table", spec.name}, {"label", label.empty() ? std::string() : "「" + label + "」"}}, raw.span);
  }
};

}  // namespace

namespace {

// The first line of the table's region with more cells than split_line
// keeps (kMaxLineCells), said once: such a line is no row, and is not read.
// Only a line of at least that many bytes can have that many cells.
void say_overlong_line(const Document& doc, const TableSpec& spec, int b, int e, Result& result) {
  for (int li = b; li < e; ++li) {
    const Line& line = doc.lines[static_cast<std::size_t>(li)];
    if (line.end - line.begin < kMaxLineCells) continue;
    const SplitLine split = split_line(doc.text(), line.begin, line.end);
    if (!split.cells_cut) continue;
    report(result, Rule::ParseRowCells, msg::kLineTooManyCells,
           {{"table", spec.name}, {"cells", std::to_string(split.cells.size() + split.cells_cut)}},
           doc.line_span(static_cast<std::size_t>(li)));
    return;
  }
}

}  // namespace

void read_tables(const Document& doc, const FormatSpec& format, Result& result) {
  const std::vector<bool> page_lines = bare_page_numbers(doc);
  for (int t = 0; t < kTableCount; ++t) {
    const TableSpec& spec = format.tables[t];
    TableData& out = result.tables[t];
    out = TableData{};
    const int b = doc.table_begin[t], e = doc.table_end[t];
    const std::size_t first_diagnostic = result.diagnostics.size();
    if (b >= 0 && e > b) {
      say_overlong_line(doc, spec, b, e, result);
      Reader reader(doc, spec, out, result, derived(format).tables[t]);
      reader.page_lines = &page_lines;
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
                                              [](const Diagnostic& d) { return d.rule == rule_info(Rule::ParseRowMissing).id; }),
                               result.diagnostics.end());
      const int sec = doc.section_line[spec.section];
      Span at = sec >= 0 ? doc.line_span(static_cast<std::size_t>(sec)) : Span{0, 0};
      report(result, Rule::ParseTableMissing, msg::kTableMissing, {{"title", spec.title}}, at);
    }
  }
}

}  // namespace gk
