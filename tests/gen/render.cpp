#include "render.h"

#include <algorithm>
#include <cstdio>

#include "labels.h"

namespace gkgen {

namespace {

constexpr gk::TableId T2 = gk::TableId::Active;
constexpr gk::TableId T3 = gk::TableId::Applications;
constexpr gk::TableId T4 = gk::TableId::ReviewLitigation;
const gk::FormatSpec& F() { return gk::format_2021(); }

// ------------------------------------------------------------------ style

struct Style {
  Layout layout = Layout::Tab;
  bool crlf = false;
  double gap_space = 1.0;      // chance that a number in prose has spaces around it
  int enum_style = 0;          // table labels: 0 （一）予以公开  1 (一)予以公开  2 (一) 予以公开
  int prose_enum_style = 0;    // the same for part headings in prose
  int item_style = 0;          // 0 "1.属于"  1 "1. 属于"  2 "1．属于"
  bool half_punct = false;     // every （），：；half-width (seed 001)
  bool md_marks = false;       // ## / ** on headings (seed 000)
  double kangxi_p = 0;         // Kangxi radicals for common characters
  bool fw_digits = false;      // full-width digits everywhere
  bool lost_lead_total = false;     // (七)总计 lost its leading empty cell (seed 002)
  bool other_other_first = true;    // 3.其他 printed in the first label column (seeds 000/002/003)
  bool t2_typo = false;             // 本年度止件数 (seeds 002/003)
  bool split_header_words = false;  // 结果 维持 (seeds 002/003)
  bool truncate_header_words = false;  // 结果 for 结果纠正 (seed 001)
  bool note_half_parens = true;     // (本列数据…) as the seeds print it
  bool parts_inline = false;        // （一）主动公开方面。text… on one line (seeds 001/004)
  bool blank_between_paras = true;
  double blank_every_line = 0;
  int leading_blank_lines = 0;
  int trailing_blank_lines = 0;
  std::string empty_token = "/";    // a blank cell where a cell cannot be empty
  bool typo = false;                // one typo in a table 三 item label
  int typo_row = -1;
  // PDF
  int prose_width = 56;
  int top_width = 40;
  int group_width = 8;
  int sub_width = 10;
  int item_width = 36;
  int note_width = 50;
  bool nums_own_line = true;
  double lead_space_p = 0.0;
  double justify_p = 0.0;
  double wrap_values_p = 0.0;
  bool heading_lead_space = false;
  bool join_header_fragments = false;
  int header_chunk = 2;
  bool centered_group_labels = false;
  bool nums_middle_line = false;    // numbers on the middle line of a wrapped label (y-sorted extraction)
  double page_break_p = 0.0;        // chance of a page break (page number line) before a table 三 row
  int page_number_style = 0;        // 0 "- 3 -"  1 "— 3 —"  2 "第 3 页"  3 "3"
  bool repeat_header_after_break = false;
  double double_space_p = 0.0;      // "16  0 0": two spaces between numbers
  double ideographic_space_p = 0.0; // U+3000 between numbers
  // Tab
  bool nbsp_empty_cells = false;    // empty cells hold U+00A0 (web page copies)
  bool cell_per_line = false;
  bool thousands_sep = false;       // 45,756 in table 二 (reported by the core, but read)
  bool label_breaks = false;        // a long label cell holds a line break (Word) or <br> (Markdown)
  double mixed_enum_p = 0.0;        // chance that a row uses another enumerator style than the table's
  bool total_in_second_row = false; // table 三's 总计 header beside 法人或其他组织 (seed 001), not beside 申请人情况 (000)
  int lost_heading = 0;             // 2..4: that table's section heading is not in the paste
  bool no_preamble = false;         // the paste starts at the title or at 一、总体情况       // a web page copied with every filled cell on a line of its own
  double padded_value_p = 0.0;      // " 6" / "6 " in a cell
  // HTML
  int html_flavor = 0;  // 0 Word, 1 WPS, 2 web page
  std::uint64_t row_rng_seed = 0;  // per-row choices of the later features
};

Style draw_style(Layout layout, Rng& rng, std::vector<std::string>& notes) {
  Style s;
  s.layout = layout;
  s.crlf = rng.chance(layout == Layout::Pdf ? 0.15 : 0.1);
  s.gap_space = rng.pick(std::vector<double>{0.0, 0.5, 0.9, 1.0});
  s.enum_style = rng.irange(0, 2);
  s.prose_enum_style = rng.chance(0.7) ? 0 : 1;
  s.item_style = rng.weighted({5, 4, 1});
  s.half_punct = layout == Layout::Pipe ? rng.chance(0.6) : rng.chance(0.08);
  s.md_marks = layout == Layout::Markdown || (layout == Layout::Tab && rng.chance(0.35));
  s.kangxi_p = rng.chance(layout == Layout::Pdf ? 0.35 : 0.05) ? rng.pick(std::vector<double>{0.3, 0.7, 1.0}) : 0.0;
  s.fw_digits = rng.chance(layout == Layout::Pdf ? 0.05 : 0.02);
  s.lost_lead_total = rng.chance(0.4);
  s.other_other_first = rng.chance(0.75);
  s.t2_typo = rng.chance(0.3);
  s.split_header_words = rng.chance(0.4);
  s.truncate_header_words = layout == Layout::Pipe && rng.chance(0.6);
  s.note_half_parens = rng.chance(0.8);
  s.parts_inline = rng.chance(layout == Layout::Pdf || layout == Layout::Pipe ? 0.7 : 0.3);
  s.blank_between_paras = layout == Layout::Pipe ? rng.chance(0.15) : layout != Layout::Pdf && rng.chance(0.85);
  s.blank_every_line = layout == Layout::Pdf ? rng.pick(std::vector<double>{0.0, 0.5, 0.8, 0.95}) : (rng.chance(0.05) ? 1.0 : 0.0);
  s.leading_blank_lines = rng.chance(0.5) ? rng.irange(1, 2) : 0;
  s.trailing_blank_lines = rng.chance(0.4) ? rng.irange(1, 3) : 0;
  s.typo = rng.chance(0.06);
  if (s.typo) s.typo_row = rng.irange(F().table(T3).row_index("denied.state_secret"), F().table(T3).row_index("other.no_fee"));
  s.prose_width = rng.irange(44, 60);
  s.top_width = rng.irange(20, 40);
  s.group_width = rng.irange(5, 9);
  s.sub_width = rng.irange(7, 12);
  s.item_width = rng.irange(26, 44);
  s.note_width = rng.irange(40, 56);
  s.nums_own_line = rng.chance(0.8);
  s.lead_space_p = rng.chance(0.5) ? 0.03 : 0.0;
  s.justify_p = rng.chance(0.4) ? 0.03 : 0.0;
  s.wrap_values_p = rng.chance(0.2) ? 0.05 : 0.0;
  s.heading_lead_space = rng.chance(0.5);
  s.join_header_fragments = rng.chance(0.5);
  s.header_chunk = rng.irange(1, 2);
  s.centered_group_labels = layout == Layout::Pdf && rng.chance(0.05);
  s.html_flavor = rng.irange(0, 2);
  s.nums_middle_line = layout == Layout::Pdf && rng.chance(0.1);
  s.page_break_p = layout == Layout::Pdf && rng.chance(0.3) ? 0.06 : 0.0;
  s.page_number_style = rng.weighted({4, 3, 2, 2});
  s.repeat_header_after_break = rng.chance(0.3);
  s.double_space_p = layout == Layout::Pdf && rng.chance(0.2) ? 0.1 : 0.0;
  s.ideographic_space_p = layout == Layout::Pdf && rng.chance(0.05) ? 0.2 : 0.0;
  s.nbsp_empty_cells = layout == Layout::Tab && rng.chance(0.1);
  s.cell_per_line = layout == Layout::Tab && rng.chance(0.06);
  s.thousands_sep = layout != Layout::Html && rng.chance(0.05);
  s.label_breaks = (layout == Layout::Tab && rng.chance(0.05)) || (layout == Layout::Markdown && rng.chance(0.1));
  s.lost_heading = layout != Layout::Html && rng.chance(0.04) ? rng.irange(2, 4) : 0;
  s.no_preamble = rng.chance(0.04);
  s.padded_value_p = layout == Layout::Tab && rng.chance(0.1) ? 0.05 : 0.0;

  {
    // Features added later draw from their own stream, so the reports of
    // earlier seeds keep their text.
    Rng copy = rng;
    Rng x(copy.next() ^ 0x6A09E667F3BCC909ull);
    s.mixed_enum_p = layout != Layout::Html && x.chance(0.15) ? 0.3 : 0.0;
    s.total_in_second_row = x.chance(0.4);
    s.row_rng_seed = x.next();
  }
  auto note = [&](bool on, const char* what) {
    if (on) notes.push_back(what);
  };
  note(s.crlf, "CRLF");
  note(s.half_punct, "half-width punctuation");
  note(s.md_marks, "Markdown marks");
  note(s.kangxi_p > 0, "Kangxi radicals");
  note(s.fw_digits, "full-width digits");
  note(s.lost_lead_total && layout == Layout::Tab, "(七)总计 lost its leading empty cell");
  note(s.typo, "a typo in a table 三 label");
  note(s.blank_every_line > 0, "blank lines between lines");
  note(layout == Layout::Pdf && s.centered_group_labels, "PDF: group labels in the middle of their rows");
  note(layout == Layout::Pdf && s.wrap_values_p > 0, "PDF: some rows' numbers wrap");
  note(layout == Layout::Pdf && !s.nums_own_line, "PDF: numbers after a wrapped label's last line");
  note(s.truncate_header_words, "header words cut");
  note(s.nums_middle_line, "PDF: numbers on the middle line of a wrapped label");
  note(s.page_break_p > 0, s.page_number_style == 3 ? "PDF: page breaks with bare page numbers" : "PDF: page breaks with page numbers");
  note(s.page_break_p > 0 && s.repeat_header_after_break, "PDF: header repeated after a page break");
  note(s.double_space_p > 0 || s.ideographic_space_p > 0, "PDF: wide gaps between numbers");
  note(s.nbsp_empty_cells && !s.cell_per_line, "no-break spaces in empty cells");
  note(s.cell_per_line, "one cell per line (web copy)");
  note(s.lost_heading > 0, "a table's section heading lost");
  note(s.no_preamble, "no preamble");
  note(s.thousands_sep, "thousands separators in table 二");
  note(s.mixed_enum_p > 0, "（一） and (一) mixed in table 三");
  note(s.label_breaks, layout == Layout::Markdown ? "<br> in long labels" : "line breaks inside long label cells");
  note(s.padded_value_p > 0, "spaces around some numbers");
  return s;
}

// ------------------------------------------------------------------ labels

std::string enum_text(const std::string& text, int style) {
  if (style == 1) return half_width_punct(text);
  if (style == 2) {
    std::string t = replace_all(text, "（", " (");
    t = replace_all(t, "，", ", ");
    return replace_all(t, "）", ")");
  }
  return text;
}

std::string enum_label(const char* e, const std::string& text, int style) {
  switch (style) {
    case 1: return std::string("(") + e + ")" + enum_text(text, 1);
    case 2: return std::string("(") + e + ") " + enum_text(text, 2);
    default: return std::string("（") + e + "）" + text;
  }
}

std::string item_label(int n, const std::string& text, int style) {
  static const char* sep[] = {".", ". ", "．"};
  return num(n) + sep[style] + text;
}

// A typo as clerks make them: one character lost from a long label.
std::string with_typo(const std::string& s) {
  std::u32string u = to_u32(s);
  if (u.size() < 8) return s;
  u.erase(u.size() / 2, 1);
  return to_utf8(u);
}

// ------------------------------------------------------------------ grids

struct GCell {
  std::string s;
  bool value = false;
};
using GRow = std::vector<GCell>;

GCell text_cell(std::string s) { return GCell{std::move(s), false}; }

// A value as printed. An empty blank stays empty only where a reader can
// place it: between two other values of its row, in layouts that keep empty
// cells (elsewhere the paste would have lost its position).
GCell value_cell(const TruthCell& c, bool interior, const Style& st) {
  GCell g;
  g.value = true;
  if (c.blank) {
    g.s = c.text;
    const bool keeps_empty =
        (st.layout == Layout::Tab && !st.cell_per_line) || st.layout == Layout::Markdown || st.layout == Layout::Html;
    if (g.s.empty() && !(interior && keeps_empty)) g.s = st.empty_token;
  } else if (!c.text.empty()) {
    g.s = c.text;
  } else {
    g.s = num(static_cast<long long>(c.value));
  }
  return g;
}

std::string maybe_split_word(const std::string& w, const Style& st) {
  if (!st.split_header_words) return w;
  std::u32string u = to_u32(w);
  if (u.size() != 4) return w;
  return to_utf8(u.substr(0, 2)) + " " + to_utf8(u.substr(2));
}

std::vector<GRow> t2_grid(const Truth& t, const Style& st) {
  const gk::TableSpec& spec = F().table(T2);
  std::vector<GRow> g;
  for (const T2Block& b : t2_blocks()) {
    g.push_back({text_cell(b.heading), text_cell(""), text_cell(""), text_cell("")});
    const int r0 = spec.row_index(b.rows.front());
    GRow head{text_cell("信息内容")};
    for (const auto& c : spec.rows[static_cast<std::size_t>(r0)].columns) {
      std::string l = c.label;
      if (st.t2_typo) l = replace_all(l, "本年废止件数", "本年度止件数");
      head.push_back(text_cell(l));
    }
    while (head.size() < 4) head.push_back(text_cell(""));
    g.push_back(head);
    for (const char* key : b.rows) {
      const int r = spec.row_index(key);
      GRow row{text_cell(spec.rows[static_cast<std::size_t>(r)].label)};
      for (std::size_t c = 0; c < spec.rows[static_cast<std::size_t>(r)].columns.size(); ++c)
      {
        GCell v = value_cell(t.at(T2, r, static_cast<int>(c)), false, st);
        if (st.thousands_sep && t.at(T2, r, static_cast<int>(c)).text.empty() && v.s.size() > 3) {
          for (int k = static_cast<int>(v.s.size()) - 3; k > 0; k -= 3) v.s.insert(static_cast<std::size_t>(k), ",");
        }
        row.push_back(v);
      }
      while (row.size() < 4) row.push_back(text_cell(""));
      g.push_back(row);
    }
  }
  return g;
}

std::string t3_note(const Style& st) {
  std::string n = kT3Note;
  if (st.note_half_parens) n = "(" + n.substr(std::string("（").size(), n.size() - 2 * std::string("（").size()) + ")";
  return n;
}

std::vector<GRow> t3_header(const Style& st) {
  const auto& cols = F().table(T3).rows[0].columns;
  auto E = [] { return text_cell(""); };
  std::vector<GRow> g;
  if (st.total_in_second_row) {
    g.push_back({text_cell(t3_note(st)), E(), text_cell("申请人情况"), E(), E(), E(), E(), E(), E(), E()});
    g.push_back({E(), E(), text_cell(cols[0].label), text_cell("法人或其他组织"), E(), E(), E(), E(), text_cell(cols[6].label), E()});
  } else {
    g.push_back({text_cell(t3_note(st)), E(), text_cell("申请人情况"), E(), E(), E(), E(), E(), text_cell(cols[6].label), E()});
    g.push_back({E(), E(), text_cell(cols[0].label), text_cell("法人或其他组织"), E(), E(), E(), E(), E(), E()});
  }
  GRow r3{E(), E(), E()};
  for (int c = 1; c <= 5; ++c) r3.push_back(text_cell(maybe_split_word(cols[static_cast<std::size_t>(c)].label, st)));
  r3.push_back(E());
  r3.push_back(E());
  g.push_back(r3);
  return g;
}

struct T3RowLabels {
  std::string top, sub, item;  // empty when the row has none
  bool first_item = false;     // the first item of its group (prints the group label)
};

T3RowLabels t3_row_labels(int r, const Style& st) {
  const gk::TableSpec& spec = F().table(T3);
  const T3Label& l = t3_label(spec.rows[static_cast<std::size_t>(r)].key);
  T3RowLabels out;
  int enum_style = st.enum_style;
  if (st.mixed_enum_p > 0) {
    Rng rr(st.row_rng_seed + static_cast<std::uint64_t>(r) * 0x9E3779B97F4A7C15ull);
    if (rr.chance(st.mixed_enum_p)) enum_style = rr.irange(0, 2);
  }
  if (l.top) out.top = l.top;
  if (l.sub_enum) out.sub = enum_label(l.sub_enum, l.sub_text, enum_style);
  if (l.item) {
    std::string it = l.item_text;
    if (st.typo && st.typo_row == r) it = with_typo(it);
    out.item = item_label(l.item, it, st.item_style);
    out.first_item = l.item == 1;
  }
  if (st.half_punct) {
    out.top = half_width_punct(out.top);
    out.sub = half_width_punct(out.sub);
    out.item = half_width_punct(out.item);
  }
  return out;
}

std::vector<GCell> t3_values(const Truth& t, int r, const Style& st) {
  std::vector<GCell> v;
  for (int c = 0; c < 7; ++c) v.push_back(value_cell(t.at(T3, r, c), c > 0 && c < 6, st));
  return v;
}

// The rows of table 三 in the grid Word gives when the table is copied as
// text (seed 000): ten cells, the labels where the merged cells put them.
std::vector<GRow> t3_body(const Truth& t, const Style& st) {
  const gk::TableSpec& spec = F().table(T3);
  std::vector<GRow> g;
  auto E = [] { return text_cell(""); };
  for (int r = 0; r < static_cast<int>(spec.rows.size()); ++r) {
    const std::string& key = spec.rows[static_cast<std::size_t>(r)].key;
    T3RowLabels L = t3_row_labels(r, st);
    std::vector<GCell> v = t3_values(t, r, st);
    GRow row;
    if (!L.item.empty()) {
      if (key == "other.other" && st.other_other_first) {
        row = {text_cell(L.item), E()};
        row.insert(row.end(), v.begin(), v.end());
        row.push_back(E());
      } else {
        row = {E(), L.first_item ? text_cell(L.sub) : E(), text_cell(L.item)};
        row.insert(row.end(), v.begin(), v.end());
      }
    } else if (!L.top.empty() && !L.sub.empty()) {
      row = {text_cell(L.top), text_cell(L.sub)};
      row.insert(row.end(), v.begin(), v.end());
      row.push_back(E());
    } else if (!L.top.empty()) {
      row = {text_cell(L.top), E()};
      row.insert(row.end(), v.begin(), v.end());
      row.push_back(E());
    } else if (key == "results_total") {
      row = {text_cell(L.sub)};
      if (!(st.lost_lead_total && st.layout == Layout::Tab)) row.push_back(E());
      row.insert(row.end(), v.begin(), v.end());
      while (row.size() < 10) row.push_back(E());
    } else {
      row = {E(), text_cell(L.sub)};
      row.insert(row.end(), v.begin(), v.end());
      row.push_back(E());
    }
    if (st.label_breaks && (st.layout == Layout::Tab || st.layout == Layout::Markdown) &&
        (key == "partially_granted" || key == "other.no_correction" || key == "other.no_fee")) {
      const std::string brk = st.layout == Layout::Tab ? "\n" : "<br>";
      for (auto& c : row) {
        if (c.value || c.s.empty()) continue;
        if (key != "partially_granted" || c.s.find("部分公开") == std::string::npos) {
          if (key == "partially_granted") continue;
        }
        std::size_t at = std::string::npos;
        if (key == "partially_granted") {
          at = c.s.find("部分公开");
          if (at != std::string::npos) at += std::string("部分公开").size();
        } else {
          at = c.s.find("、");
          if (at != std::string::npos) at += std::string("、").size();
        }
        if (at != std::string::npos && at < c.s.size()) {
          std::size_t rest = at;
          while (rest < c.s.size() && c.s[rest] == ' ') ++rest;
          c.s = c.s.substr(0, at) + brk + c.s.substr(rest);
        }
      }
    }
    g.push_back(row);
  }
  return g;
}

std::vector<std::string> t4_col_words(const Style& st, bool first_group) {
  std::vector<std::string> w;
  for (const auto& c : F().table(T4).rows[0].columns) {
    std::string s = maybe_split_word(c.label, st);
    if (st.truncate_header_words && !(first_group && w.empty()) && to_u32(c.label).size() == 4)
      s = to_utf8(to_u32(c.label).substr(0, 2));
    w.push_back(s);
  }
  return w;
}

std::vector<GRow> t4_grid(const Truth& t, const Style& st) {
  auto E = [] { return text_cell(""); };
  std::vector<GRow> g;
  GRow r1{text_cell(kReview)};
  while (r1.size() < 5) r1.push_back(E());
  r1.push_back(text_cell(kLitigation));
  while (r1.size() < 15) r1.push_back(E());
  GRow r2;
  for (const auto& w : t4_col_words(st, true)) r2.push_back(text_cell(w));
  r2.push_back(text_cell(kLitDirect));
  for (int i = 0; i < 4; ++i) r2.push_back(E());
  r2.push_back(text_cell(kLitAfterReview));
  for (int i = 0; i < 4; ++i) r2.push_back(E());
  GRow r3(5, E());
  for (int k = 0; k < 2; ++k)
    for (const auto& w : t4_col_words(st, false)) r3.push_back(text_cell(w));
  GRow r4;
  for (int gi = 0; gi < 3; ++gi)
    for (int c = 0; c < 5; ++c) r4.push_back(value_cell(t.at(T4, gi, c), gi * 5 + c > 0 && gi * 5 + c < 14, st));
  g.push_back(r1);
  g.push_back(r2);
  g.push_back(r3);
  g.push_back(r4);
  return g;
}

// ------------------------------------------------------------------ output lines

enum class LK : char { Title = 'T', Heading = 'h', Prose = 'p', Table = 't' };
struct OutLine {
  std::string text;
  LK kind;
};

struct Out {
  std::vector<OutLine> lines;
  void add(std::string s, LK k) { lines.push_back({std::move(s), k}); }
};

std::string prose_text(const std::string& raw, const Style& st, Rng& rng) {
  std::string s;
  for (char c : raw) {
    if (c == kNumGap && !s.empty() && s.back() == ' ') {
      continue;
    } else if (c == kNumGap) {
      // A space between a number and a Chinese character, never next to punctuation.
      const bool after_punct = s.empty() || s.back() == ' ' || s.back() == '(' ||
                               (s.size() >= 3 && std::string("。，、；：（《“").find(s.substr(s.size() - 3)) != std::string::npos);
      if (rng.chance(st.gap_space) && !after_punct) s += ' ';
    } else {
      s += c;
    }
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  s.erase(0, b);
  if (st.half_punct) s = half_width_punct(s);
  return s;
}

std::string heading_text(int n, const std::string& title) { return std::string(cn_numeral(n)) + "、" + title; }

std::string part_head(const Block& b, const Style& st) {
  std::string e = b.part_enum;
  return st.prose_enum_style == 0 ? "（" + e + "）" + b.part_title : "(" + e + ")" + b.part_title;
}

std::string md_heading(const std::string& s, int level, Rng& rng) {
  switch (rng.irange(0, 3)) {
    case 0: return std::string(static_cast<std::size_t>(level), '#') + " " + s;
    case 1: return std::string(static_cast<std::size_t>(level), '#') + " **" + s + "**";
    case 2: return "**" + s + "**";
    default: return std::string(static_cast<std::size_t>(level + 1), '#') + " " + s;
  }
}

// Text blocks (everything but tables) for the line-based layouts.
void text_block(const Block& b, const Style& st, Rng& rng, Out& out) {
  const bool md = st.md_marks && (st.layout == Layout::Markdown || rng.chance(0.8));
  switch (b.kind) {
    case BlockKind::Title: {
      std::string t1 = b.text, t2 = prose_text(b.title2, st, rng);
      if (st.layout == Layout::Pipe && rng.chance(0.5)) return;  // seed 001 starts at the preamble
      if (rng.chance(0.35) && st.layout != Layout::Pdf) {
        std::string one = t1 + (rng.chance(0.5) ? " " : "") + t2;
        out.add(md ? "# " + one : one, LK::Title);
      } else {
        out.add(md ? "# " + t1 : (st.layout == Layout::Pdf && rng.chance(0.5) ? " " + t1 : t1), LK::Title);
        out.add(md ? "## " + t2 : t2, LK::Title);
      }
      return;
    }
    case BlockKind::Heading: {
      std::string h = heading_text(b.section, b.text);
      if (md) h = md_heading(h, rng.irange(2, 3), rng);
      out.add(h, LK::Heading);
      return;
    }
    case BlockKind::Part: {
      std::string head = part_head(b, st);
      if (st.half_punct) head = half_width_punct(head);
      std::string body = prose_text(b.text, st, rng);
      if (st.parts_inline) {
        const bool has_fangmian = head.size() >= 6 && head.compare(head.size() - 6, 6, "方面") == 0;
        const bool add_fangmian = rng.chance(0.5);  // drawn always, so later draws keep their seeds
        out.add(head + (!has_fangmian && add_fangmian ? "方面" : "") + "。" + body, LK::Prose);
      } else {
        out.add(md ? md_heading(head, rng.irange(3, 4), rng) : head, LK::Heading);
        out.add(body, LK::Prose);
      }
      return;
    }
    default:
      out.add(prose_text(b.text, st, rng), LK::Prose);
      return;
  }
}

// ------------------------------------------------------------------ tab, pipe, markdown

std::string tab_row(const GRow& r, const Style& st, Rng& rng) {
  std::string s;
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (i) s += '\t';
    if (r[i].s.empty() && st.nbsp_empty_cells) s += "\u00a0";
    else if (r[i].value && !r[i].s.empty() && rng.chance(st.padded_value_p)) s += rng.chance(0.5) ? " " + r[i].s : r[i].s + " ";
    else s += r[i].s;
  }
  return s;
}

// Seed 001: the cells that hold something, then one '|' per empty cell.
std::string pipe_row(const GRow& r, bool last) {
  std::vector<std::string> filled;
  int empties = 0;
  for (const auto& c : r) {
    if (c.s.empty()) ++empties;
    else filled.push_back(c.s);
  }
  std::string s = join(filled, " | ");
  if (last || empties == 0) return s + " |";
  return s + " | " + std::string(static_cast<std::size_t>(empties), '|');
}

std::string md_row(const GRow& r) {
  std::string s = "|";
  for (const auto& c : r) s += " " + c.s + " |";
  return s;
}

std::string md_sep(std::size_t n, Rng& rng) {
  const int style = rng.irange(0, 2);
  std::string s = "|";
  for (std::size_t i = 0; i < n; ++i) s += style == 0 ? "---|" : style == 1 ? " --- |" : " :---: |";
  return s;
}

std::vector<GRow> grid_of(gk::TableId id, const Truth& t, const Style& st) {
  if (id == T2) return t2_grid(t, st);
  if (id == T4) return t4_grid(t, st);
  std::vector<GRow> g = t3_header(st);
  for (auto& r : t3_body(t, st)) g.push_back(std::move(r));
  return g;
}

void grid_table(gk::TableId id, const Truth& t, const Style& st, Rng& rng, Out& out) {
  std::vector<GRow> g = grid_of(id, t, st);
  if (st.half_punct)
    for (auto& r : g)
      for (auto& c : r) c.s = half_width_punct(c.s);
  for (std::size_t i = 0; i < g.size(); ++i) {
    switch (st.layout) {
      case Layout::Tab:
        if (st.cell_per_line) {
          for (const auto& c : g[i])
            if (!c.s.empty()) out.add(c.s, LK::Table);
        } else {
          out.add(tab_row(g[i], st, rng), LK::Table);
        }
        break;
      case Layout::Pipe: out.add(pipe_row(g[i], i + 1 == g.size()), LK::Table); break;
      default:
        out.add(md_row(g[i]), LK::Table);
        if (i == 0) out.add(md_sep(g[i].size(), rng), LK::Table);
        break;
    }
  }
}

// ------------------------------------------------------------------ PDF

std::string spaced_out(const std::string& s) {
  std::u32string u = to_u32(s);
  std::string o;
  for (std::size_t i = 0; i < u.size(); ++i) {
    if (i) o += ' ';
    o += to_utf8(u[i]);
  }
  return o;
}

void pdf_prose(const std::string& text, const Style& st, Rng& rng, Out& out, LK kind) {
  auto lines = wrap(text, st.prose_width, st.prose_width - 4);
  for (auto& l : lines) {
    if (rng.chance(st.justify_p)) l = spaced_out(l);
    if (rng.chance(st.lead_space_p)) l = " " + l;
    out.add(l, kind);
  }
}

// A header word of a narrow column: one or two characters a line (seed 004).
void pdf_header_word(const std::string& w, const Style& st, Rng& rng, std::vector<std::string>& frags) {
  std::u32string u = to_u32(w);
  const int chunk = to_utf8(u) == "结果维持" && rng.chance(0.5) ? 1 : st.header_chunk;
  for (std::size_t i = 0; i < u.size(); i += static_cast<std::size_t>(chunk))
    frags.push_back(to_utf8(u.substr(i, static_cast<std::size_t>(chunk))));
}

void pdf_emit_frags(std::vector<std::string>& frags, const Style& st, Rng& rng, Out& out) {
  for (std::size_t i = 0; i < frags.size(); ++i) {
    std::string l = frags[i];
    // Two cells' words run together ("总计商业").
    if (st.join_header_fragments && i + 1 < frags.size() && rng.chance(0.1)) l += frags[++i];
    out.add(l, LK::Table);
  }
  frags.clear();
}

std::string values_line(const std::vector<GCell>& v) {
  std::vector<std::string> s;
  for (const auto& c : v) s.push_back(c.s);
  return join(s, " ");
}

std::string pdf_join(const std::vector<std::string>& v, const Style& st, Rng& rng) {
  std::string o;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) o += rng.chance(st.ideographic_space_p) ? "\u3000" : rng.chance(st.double_space_p) ? "  " : " ";
    o += v[i];
  }
  return o;
}

void pdf_values(const std::vector<GCell>& v, const Style& st, Rng& rng, Out& out, std::string label_tail) {
  std::vector<std::string> s;
  for (const auto& c : v) s.push_back(c.s);
  std::size_t cut = s.size();
  if (rng.chance(st.wrap_values_p)) cut = static_cast<std::size_t>(rng.irange(1, static_cast<int>(s.size()) - 1));
  std::string first = pdf_join(std::vector<std::string>(s.begin(), s.begin() + static_cast<long>(cut)), st, rng);
  if (!label_tail.empty()) out.add(label_tail + " " + first, LK::Table);
  else out.add(first, LK::Table);
  if (cut < s.size()) out.add(pdf_join(std::vector<std::string>(s.begin() + static_cast<long>(cut), s.end()), st, rng), LK::Table);
}

// A label (wrapped at `width`) followed by its row's numbers.
void pdf_labelled_row(const std::string& label, const std::vector<GCell>& v, int width, const Style& st, Rng& rng, Out& out) {
  std::vector<std::string> lines = wrap(label, width);
  if (lines.size() > 1 && st.nums_middle_line) {
    // Text sorted by height: the numbers, centred in their cells, come out
    // with the label's middle line.
    const std::size_t mid = (lines.size() - 1) / 2;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i == mid) pdf_values(v, st, rng, out, lines[i]);
      else out.add(lines[i], LK::Table);
    }
    return;
  }
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) out.add(lines[i], LK::Table);
  if (lines.size() > 1 && st.nums_own_line) {
    out.add(lines.back(), LK::Table);
    pdf_values(v, st, rng, out, "");
  } else {
    pdf_values(v, st, rng, out, lines.back());
  }
}

void pdf_table(gk::TableId id, const Truth& t, const Style& st, Rng& rng, Out& out) {
  auto hp = [&](std::string s) { return st.half_punct ? half_width_punct(s) : s; };
  if (id == T2) {
    for (const GRow& r : t2_grid(t, st)) {
      std::vector<std::string> cells;
      for (const auto& c : r)
        if (!c.s.empty()) cells.push_back(hp(c.s));
      out.add(join(cells, " "), LK::Table);
    }
    return;
  }
  if (id == T4) {
    std::vector<GRow> g = t4_grid(t, st);
    if (rng.chance(0.7)) out.add(std::string(kReview) + " " + kLitigation, LK::Table);
    else { out.add(kReview, LK::Table); out.add(kLitigation, LK::Table); }
    std::vector<std::string> frags;
    for (const auto& w : t4_col_words(st, true)) pdf_header_word(replace_all(w, " ", ""), st, rng, frags);
    pdf_emit_frags(frags, st, rng, out);
    out.add(std::string(kLitDirect) + " " + kLitAfterReview, LK::Table);
    for (int k = 0; k < 2; ++k)
      for (const auto& w : t4_col_words(st, false)) pdf_header_word(replace_all(w, " ", ""), st, rng, frags);
    pdf_emit_frags(frags, st, rng, out);
    std::vector<GCell> v = g[3];
    if (rng.chance(st.wrap_values_p * 2)) {
      out.add(values_line(std::vector<GCell>(v.begin(), v.begin() + 5)), LK::Table);
      out.add(values_line(std::vector<GCell>(v.begin() + 5, v.begin() + 10)), LK::Table);
      out.add(values_line(std::vector<GCell>(v.begin() + 10, v.end())), LK::Table);
    } else {
      out.add(values_line(v), LK::Table);
    }
    return;
  }
  // Table 三.
  auto header = [&](bool note) {
    if (note)
      for (const auto& l : wrap(hp(kT3Note), st.note_width)) out.add(l, LK::Table);
    out.add("申请人情况", LK::Table);
    const auto& cols = F().table(T3).rows[0].columns;
    std::vector<std::string> frags;
    pdf_header_word(cols[0].label, st, rng, frags);
    frags.push_back("法人或其他组织");
    frags.push_back(cols[6].label);
    for (int c = 1; c <= 5; ++c) pdf_header_word(cols[static_cast<std::size_t>(c)].label, st, rng, frags);
    pdf_emit_frags(frags, st, rng, out);
  };
  header(true);
  int page = rng.irange(2, 9);
  auto page_break = [&]() {
    static const char* const forms[] = {"- %d -", "— %d —", "第 %d 页", "%d"};
    char buf[32];
    std::snprintf(buf, sizeof buf, forms[st.page_number_style], page++);
    out.add(buf, LK::Table);
    if (st.repeat_header_after_break) header(false);
  };

  const gk::TableSpec& spec = F().table(T3);
  const int nrows = static_cast<int>(spec.rows.size());
  const int first_result = spec.row_index("granted");
  const int last_result = spec.row_index("other.other");
  // A merged cell's label comes before its first row, or (some PDF
  // producers) in the middle of its rows, where the text is centred.
  auto group_at = [&](int first, int last) { return st.centered_group_labels ? (first + last) / 2 : first; };
  int group_first = -1, group_last = -1;
  for (int r = 0; r < nrows; ++r) {
    T3RowLabels L = t3_row_labels(r, st);
    const std::vector<GCell> v = t3_values(t, r, st);
    if (r > 0 && rng.chance(st.page_break_p)) page_break();
    if (r == group_at(first_result, last_result)) {
      const T3Label& top = t3_label("granted");
      for (const auto& l : wrap(hp(top.top), st.group_width)) out.add(l, LK::Table);
    }
    const T3Label& raw = t3_label(spec.rows[static_cast<std::size_t>(r)].key);
    if (raw.item == 1) {
      group_first = r;
      group_last = r;
      while (group_last + 1 < nrows && t3_label(spec.rows[static_cast<std::size_t>(group_last + 1)].key).item > 1) ++group_last;
    }
    if (raw.item > 0 && r == group_at(group_first, group_last))
      for (const auto& l : wrap(L.sub, st.sub_width)) out.add(l, LK::Table);
    if (raw.item > 0) {
      pdf_labelled_row(L.item, v, st.item_width, st, rng, out);
    } else if (!L.top.empty() && L.sub.empty()) {
      pdf_labelled_row(L.top, v, st.top_width + 16, st, rng, out);
    } else {
      pdf_labelled_row(L.sub, v, st.item_width, st, rng, out);
    }
  }
}

// ------------------------------------------------------------------ assembling text

std::string assemble(const Out& out, const Style& st, Rng& rng) {
  std::vector<std::string> lines(static_cast<std::size_t>(st.leading_blank_lines), "");
  for (std::size_t i = 0; i < out.lines.size(); ++i) {
    const OutLine& l = out.lines[i];
    std::string s = l.text;
    if (st.kangxi_p > 0) s = kangxi(s, rng, st.kangxi_p, l.kind != LK::Table);
    if (st.fw_digits) s = full_width_digits(s);
    if (l.kind == LK::Heading && st.layout == Layout::Pdf && st.heading_lead_space && rng.chance(0.4)) s = " " + s;
    lines.push_back(s);
    if (i + 1 == out.lines.size()) break;
    const bool in_table = l.kind == LK::Table && out.lines[i + 1].kind == LK::Table;
    if (rng.chance(st.blank_every_line) || (st.blank_between_paras && !in_table)) lines.push_back("");
  }
  for (int i = 0; i < st.trailing_blank_lines; ++i) lines.push_back("");
  std::string text = join(lines, st.crlf ? "\r\n" : "\n");
  if (st.trailing_blank_lines == 0 && rng.chance(0.5)) text += st.crlf ? "\r\n" : "\n";
  return text;
}

// ------------------------------------------------------------------ HTML

std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '&': o += "&amp;"; break;
      case '"': o += "&quot;"; break;
      default: o += c;
    }
  }
  return o;
}

struct HtmlCell {
  std::string text;
  int rowspan = 1, colspan = 1;
};

std::string html_td(const HtmlCell& c, const Style& st) {
  std::string attrs;
  if (st.html_flavor == 2) {
    if (c.rowspan > 1) attrs += " rowspan=\"" + num(c.rowspan) + "\"";
    if (c.colspan > 1) attrs += " colspan=\"" + num(c.colspan) + "\"";
    return "<td" + attrs + ">" + esc(c.text) + "</td>";
  }
  if (c.colspan > 1) attrs += " colspan=" + num(c.colspan);
  if (c.rowspan > 1) attrs += " rowspan=" + num(c.rowspan);
  const std::string body = c.text.empty() ? "&nbsp;" : esc(c.text);
  if (st.html_flavor == 1)  // WPS
    return "<td class=xl65" + attrs + " style='border:.5pt solid windowtext'><p class=MsoNormal align=center>"
           "<span style='font-family:仿宋_GB2312;font-size:10.5pt'>" + body + "</span></p></td>";
  return "<td width=72" + attrs + " valign=center style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
         "padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US "
         "style='font-size:10.0pt;font-family:宋体'>" + body + "<o:p></o:p></span></p></td>";
}

std::string html_table(const std::vector<std::vector<HtmlCell>>& rows, const Style& st) {
  std::string s = st.html_flavor == 2 ? "<table border=\"1\" cellspacing=\"0\"><tbody>\n"
                                      : "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n";
  int i = 0;
  for (const auto& r : rows) {
    s += st.html_flavor == 2 ? "<tr>" : " <tr style='mso-yfti-irow:" + num(i) + "'>\n  ";
    for (const auto& c : r) s += html_td(c, st);
    s += "</tr>\n";
    ++i;
  }
  s += st.html_flavor == 2 ? "</tbody></table>\n" : "</table>\n";
  return s;
}

std::string hv(const TruthCell& c) {
  if (c.blank) return c.text;
  if (!c.text.empty()) return c.text;
  return num(static_cast<long long>(c.value));
}

std::vector<std::vector<HtmlCell>> html_t2(const Truth& t, const Style& st) {
  const gk::TableSpec& spec = F().table(T2);
  std::vector<std::vector<HtmlCell>> rows;
  for (const T2Block& b : t2_blocks()) {
    rows.push_back({{b.heading, 1, 4}});
    const int r0 = spec.row_index(b.rows.front());
    const auto& cols = spec.rows[static_cast<std::size_t>(r0)].columns;
    std::vector<HtmlCell> head{{"信息内容"}};
    for (const auto& c : cols) head.push_back({st.t2_typo ? replace_all(c.label, "本年废止件数", "本年度止件数") : c.label, 1, cols.size() == 1 ? 3 : 1});
    rows.push_back(head);
    for (const char* key : b.rows) {
      const int r = spec.row_index(key);
      std::vector<HtmlCell> row{{spec.rows[static_cast<std::size_t>(r)].label}};
      for (std::size_t c = 0; c < cols.size(); ++c) row.push_back({hv(t.at(T2, r, static_cast<int>(c))), 1, cols.size() == 1 ? 3 : 1});
      rows.push_back(row);
    }
  }
  return rows;
}

std::vector<std::vector<HtmlCell>> html_t3(const Truth& t, const Style& st) {
  const gk::TableSpec& spec = F().table(T3);
  const auto& cols = spec.rows[0].columns;
  std::vector<std::vector<HtmlCell>> rows;
  rows.push_back({{kT3Note, 3, 3}, {"申请人情况", 1, 7}});
  rows.push_back({{cols[0].label, 2, 1}, {"法人或其他组织", 1, 5}, {cols[6].label, 2, 1}});
  std::vector<HtmlCell> r3;
  for (int c = 1; c <= 5; ++c) r3.push_back({cols[static_cast<std::size_t>(c)].label});
  rows.push_back(r3);
  const int nrows = static_cast<int>(spec.rows.size());
  const int first_result = spec.row_index("granted"), total = spec.row_index("results_total");
  for (int r = 0; r < nrows; ++r) {
    T3RowLabels L = t3_row_labels(r, st);
    const T3Label& raw = t3_label(spec.rows[static_cast<std::size_t>(r)].key);
    std::vector<HtmlCell> row;
    if (r == first_result) row.push_back({L.top, total - first_result + 1, 1});
    if (raw.item == 1) {
      int n = 1;
      while (r + n < nrows && t3_label(spec.rows[static_cast<std::size_t>(r + n)].key).item > 1) ++n;
      row.push_back({L.sub, n, 1});
    }
    if (raw.item > 0) row.push_back({L.item});
    else if (!L.top.empty() && r != first_result) row.push_back({L.top, 1, 3});
    else row.push_back({L.sub, 1, 2});
    for (int c = 0; c < 7; ++c) row.push_back({hv(t.at(T3, r, c))});
    rows.push_back(row);
  }
  return rows;
}

std::vector<std::vector<HtmlCell>> html_t4(const Truth& t, const Style&) {
  const auto& cols = F().table(T4).rows[0].columns;
  std::vector<std::vector<HtmlCell>> rows;
  rows.push_back({{kReview, 1, 5}, {kLitigation, 1, 10}});
  std::vector<HtmlCell> r2;
  for (const auto& c : cols) r2.push_back({c.label, 2, 1});
  r2.push_back({kLitDirect, 1, 5});
  r2.push_back({kLitAfterReview, 1, 5});
  rows.push_back(r2);
  std::vector<HtmlCell> r3;
  for (int k = 0; k < 2; ++k)
    for (const auto& c : cols) r3.push_back({c.label});
  rows.push_back(r3);
  std::vector<HtmlCell> r4;
  for (int gi = 0; gi < 3; ++gi)
    for (int c = 0; c < 5; ++c) r4.push_back({hv(t.at(T4, gi, c))});
  rows.push_back(r4);
  return rows;
}

std::string html_para(const std::string& text, const Style& st, bool bold, bool center) {
  const std::string t = esc(text);
  if (st.html_flavor == 2) return bold ? "<h3>" + t + "</h3>\n" : "<p>" + t + "</p>\n";
  std::string attrs = center ? " align=center style='text-align:center'" : " style='text-indent:32.0pt;mso-char-indent-count:2.0'";
  std::string span = "<span style='font-size:16.0pt;font-family:" + std::string(bold ? "黑体" : "仿宋_GB2312") + "'>" + t +
                     "<span lang=EN-US><o:p></o:p></span></span>";
  return "<p class=MsoNormal" + attrs + ">" + (bold ? "<b>" + span + "</b>" : span) + "</p>\n";
}

std::string render_html(const Model& m, const Style& st, Rng& rng) {
  std::string body;
  for (const Block& b : m.blocks) {
    switch (b.kind) {
      case BlockKind::Title:
        body += html_para(b.text, st, true, true);
        body += html_para(prose_text(b.title2, st, rng), st, true, true);
        break;
      case BlockKind::Heading: body += html_para(heading_text(b.section, b.text), st, true, false); break;
      case BlockKind::Part:
        if (st.parts_inline) body += html_para(part_head(b, st) + "。" + prose_text(b.text, st, rng), st, false, false);
        else {
          body += html_para(part_head(b, st), st, true, false);
          body += html_para(prose_text(b.text, st, rng), st, false, false);
        }
        break;
      case BlockKind::Table:
        body += html_table(b.table == T2 ? html_t2(m.truth, st) : b.table == T3 ? html_t3(m.truth, st) : html_t4(m.truth, st), st);
        break;
      default: body += html_para(prose_text(b.text, st, rng), st, false, false); break;
    }
  }
  if (st.html_flavor == 2)
    return "<html><body>\n<!--StartFragment--><div class=\"article\">\n" + body + "</div><!--EndFragment-->\n</body></html>\n";
  std::string head =
      "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
      "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
      "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Word.Document>\n"
      "<meta name=Generator content=\"" + std::string(st.html_flavor == 1 ? "WPS Office" : "Microsoft Word 15") + "\">\n"
      "<style>\n<!--\n p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\n"
      "@page WordSection1 {size:595.3pt 841.9pt;}\n-->\n</style>\n</head>\n"
      "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<!--StartFragment-->\n";
  return head + body + "<!--EndFragment-->\n</body>\n</html>\n";
}

// ------------------------------------------------------------------ converter-style Markdown
//
// What PDF/Word-to-Markdown converters give: one small pipe table per row
// group under a ### heading, placeholder header cells (类别 | 数据1 | … |
// 总计), the first data row promoted to the header, a label cell on a row
// apart from its numbers, table 四 as three 5-column tables.

struct ConvStyle {
  int header_mode = 0;       // per chunk draw: 0 placeholder, 1 real header, 2 first row promoted, 3 another group's label
  double apart_p = 0.0;      // a row's label on a row of its own, its numbers on the next
  bool labels_block = false; // a group's labels all first, then all its numbers (a merged column split)
  bool group_prefix = false; // 「（三）不予公开 1.属于国家秘密」 in one cell
  bool h4_real_header = true;
};

std::string md_line(const std::vector<std::string>& cells) {
  std::string s = "|";
  for (const auto& c : cells) s += " " + c + " |";
  return s;
}

std::string md_sep_n(std::size_t n, int style) {
  std::string s = "|";
  for (std::size_t i = 0; i < n; ++i) s += style == 0 ? "---|" : style == 1 ? " --- |" : " :---: |";
  return s;
}

std::vector<std::string> placeholder_header(const std::string& first, int ndata, bool total_last) {
  std::vector<std::string> h{first};
  for (int i = 1; i <= ndata; ++i) h.push_back("数据" + num(i));
  if (total_last) h.push_back("总计");
  return h;
}

// One small table: a heading, a header row (maybe a data row promoted), rows.
void conv_chunk(const std::string& heading, std::vector<std::string> real_header,
                const std::vector<std::pair<std::string, std::vector<std::string>>>& rows, const std::string& other_label,
                const ConvStyle& cs, Rng& rng, Out& out) {
  if (!heading.empty()) {
    const int h = rng.irange(0, 4);
    out.add(h == 0 ? "**" + heading + "**" : h == 1 ? "#### " + heading : "### " + heading, LK::Heading);
  }
  const std::size_t width = rows.empty() ? real_header.size() : rows.front().second.size() + 1;
  int mode = rng.weighted({5, 3, 3, 1});
  if (mode == 3 && other_label.empty()) mode = 0;
  const int sep_style = rng.irange(0, 2);
  std::size_t first_row = 0;
  std::vector<std::string> head;
  switch (mode) {
    case 0: head = placeholder_header(rng.chance(0.5) ? "类别" : "项目", static_cast<int>(width) - 2, true); break;
    case 1: head = real_header; break;
    case 2:
      head = {rows.front().first};
      head.insert(head.end(), rows.front().second.begin(), rows.front().second.end());
      first_row = 1;
      break;
    default:
      head = {other_label};
      while (head.size() < width) head.push_back("");
      break;
  }
  while (head.size() < width) head.push_back("");
  out.add(md_line(head), LK::Table);
  out.add(md_sep_n(head.size(), sep_style), LK::Table);
  if (cs.labels_block && rows.size() - first_row > 2) {
    for (std::size_t i = first_row; i < rows.size(); ++i) {
      std::vector<std::string> l{rows[i].first};
      while (l.size() < width) l.push_back("");
      out.add(md_line(l), LK::Table);
    }
    for (std::size_t i = first_row; i < rows.size(); ++i) {
      std::vector<std::string> v{""};
      v.insert(v.end(), rows[i].second.begin(), rows[i].second.end());
      out.add(md_line(v), LK::Table);
    }
    return;
  }
  for (std::size_t i = first_row; i < rows.size(); ++i) {
    if (rng.chance(cs.apart_p)) {
      std::vector<std::string> l{rows[i].first};
      while (l.size() < width) l.push_back("");
      out.add(md_line(l), LK::Table);
      std::vector<std::string> v{""};
      v.insert(v.end(), rows[i].second.begin(), rows[i].second.end());
      out.add(md_line(v), LK::Table);
    } else {
      std::vector<std::string> v{rows[i].first};
      v.insert(v.end(), rows[i].second.begin(), rows[i].second.end());
      out.add(md_line(v), LK::Table);
    }
  }
}

std::vector<std::string> cell_texts(const std::vector<GCell>& v) {
  std::vector<std::string> s;
  for (const auto& c : v) s.push_back(c.s);
  return s;
}

void conv_table(gk::TableId id, const Truth& t, const Style& st, const ConvStyle& cs, Rng& rng, Out& out) {
  auto hp = [&](std::string s) { return st.half_punct ? half_width_punct(s) : s; };
  using Rows = std::vector<std::pair<std::string, std::vector<std::string>>>;
  if (id == T2) {
    const gk::TableSpec& spec = F().table(T2);
    for (const T2Block& b : t2_blocks()) {
      const int r0 = spec.row_index(b.rows.front());
      std::vector<std::string> head{"信息内容"};
      for (const auto& c : spec.rows[static_cast<std::size_t>(r0)].columns) head.push_back(c.label);
      Rows rows;
      for (const char* key : b.rows) {
        const int r = spec.row_index(key);
        std::vector<GCell> v;
        for (std::size_t c = 0; c < spec.rows[static_cast<std::size_t>(r)].columns.size(); ++c)
          v.push_back(value_cell(t.at(T2, r, static_cast<int>(c)), false, st));
        rows.push_back({spec.rows[static_cast<std::size_t>(r)].label, cell_texts(v)});
      }
      // Table 二's blocks keep their real headers more often (the converter saw words there).
      const int h = rng.irange(0, 4);
      out.add(h == 0 ? "**" + hp(b.heading) + "**" : "### " + hp(b.heading), LK::Heading);
      out.add(md_line(head), LK::Table);
      out.add(md_sep_n(head.size(), rng.irange(0, 2)), LK::Table);
      for (const auto& [l, v] : rows) {
        std::vector<std::string> c{l};
        c.insert(c.end(), v.begin(), v.end());
        out.add(md_line(c), LK::Table);
      }
    }
    return;
  }
  if (id == T4) {
    const auto& cols = F().table(T4).rows[0].columns;
    const char* heads[] = {kReview, "行政诉讼 未经复议直接起诉", kLitAfterReview};
    for (int gi = 0; gi < 3; ++gi) {
      std::string heading = heads[gi];
      if (gi == 1 && rng.chance(0.5)) heading = kLitDirect;
      out.add((rng.chance(0.3) ? "**" + heading + "**" : "### " + heading), LK::Heading);
      std::vector<std::string> head;
      if (cs.h4_real_header) {
        for (const auto& c : cols) head.push_back(maybe_split_word(c.label, st));
      } else {
        head = placeholder_header("数据1", 3, true);
        head[0] = "数据1";
        for (int k = 1; k < 4; ++k) head[static_cast<std::size_t>(k)] = "数据" + num(k + 1);
      }
      std::vector<std::string> v;
      for (int c = 0; c < 5; ++c) v.push_back(value_cell(t.at(T4, gi, c), false, st).s);
      out.add(md_line(head), LK::Table);
      out.add(md_sep_n(5, rng.irange(0, 2)), LK::Table);
      out.add(md_line(v), LK::Table);
    }
    return;
  }
  // Table 三, in row groups.
  const gk::TableSpec& spec = F().table(T3);
  const int nrows = static_cast<int>(spec.rows.size());
  const auto& cols = spec.rows[0].columns;
  std::vector<std::string> real_head{"申请人情况"};
  for (const auto& c : cols) real_head.push_back(maybe_split_word(c.label, st));
  struct Group {
    std::string heading;
    Rows rows;
  };
  std::vector<Group> groups;
  std::string prev_label;
  for (int r = 0; r < nrows; ++r) {
    const std::string& key = spec.rows[static_cast<std::size_t>(r)].key;
    const T3Label& raw = t3_label(key);
    T3RowLabels L = t3_row_labels(r, st);
    std::string label;
    std::string heading;
    bool new_group = false;
    if (raw.item > 0) {
      label = cs.group_prefix ? L.sub + " " + L.item : L.item;
      if (raw.item == 1) { new_group = true; heading = L.sub; }
    } else if (key == "new_received") {
      label = L.top;
      new_group = true;
      heading = rng.chance(0.5) ? "申请人情况" : "";
    } else if (key == "granted") {
      label = L.sub;
      new_group = true;
      heading = L.top;
    } else if (key == "results_total") {
      label = L.sub;
      new_group = true;
    } else {
      label = L.top.empty() ? L.sub : L.top;
    }
    if (new_group || groups.empty()) groups.push_back({heading, {}});
    groups.back().rows.push_back({label, cell_texts(t3_values(t, r, st))});
  }
  std::string other;
  for (const auto& g : groups) {
    conv_chunk(g.heading, real_head, g.rows, other, cs, rng, out);
    other = g.rows.front().first;
  }
}

std::string render_mdconv(const Model& m, Style st, Rng& rng, std::vector<std::string>& notes) {
  st.md_marks = true;
  ConvStyle cs;
  cs.apart_p = rng.chance(0.4) ? rng.pick(std::vector<double>{0.15, 0.5, 1.0}) : 0.0;
  cs.labels_block = rng.chance(0.15);
  cs.group_prefix = rng.chance(0.3);
  cs.h4_real_header = rng.chance(0.6);
  if (cs.apart_p > 0) notes.push_back("converter: label cells on rows apart from their numbers");
  if (cs.labels_block) notes.push_back("converter: a group's labels first, then its numbers");
  if (cs.group_prefix) notes.push_back("converter: group label in each item cell");
  if (!cs.h4_real_header) notes.push_back("converter: table 四 with placeholder headers");
  Out out;
  for (const Block& b : m.blocks) {
    if (b.kind == BlockKind::Heading && b.section == st.lost_heading) continue;
    if (b.kind == BlockKind::Preamble && st.no_preamble) continue;
    if (b.kind == BlockKind::Table) conv_table(b.table, m.truth, st, cs, rng, out);
    else text_block(b, st, rng, out);
  }
  return assemble(out, st, rng);
}

// ------------------------------------------------------------------ separator-less (web scrape)
//
// Text scraped from a web page whose table cells lost their separators: a
// row's label and numbers run together (「一、本年新收…数量3000003」).

std::string render_nosep(const Model& m, Style st, Rng& rng, std::vector<std::string>& notes) {
  st.md_marks = false;
  const double lost_p = rng.pick(std::vector<double>{0.3, 0.7, 1.0, 1.0});
  const bool label_gap = rng.chance(0.3);  // 「…数量 3000003」: a space kept between label and numbers
  notes.push_back(lost_p >= 1.0 ? "web scrape: every row's cells run together" : "web scrape: some rows' cells run together");
  if (label_gap) notes.push_back("web scrape: a space between label and numbers");
  Out out;
  auto row_text = [&](const GRow& r) {
    const bool lost = rng.chance(lost_p);
    std::string labels, values;
    for (const auto& c : r) {
      if (c.s.empty()) continue;
      if (c.value) values += (values.empty() || lost ? "" : " ") + c.s;
      else labels += c.s;
    }
    if (labels.empty()) return values;
    if (values.empty()) return labels;
    return labels + (label_gap || !lost ? " " : "") + values;
  };
  for (const Block& b : m.blocks) {
    if (b.kind == BlockKind::Heading && b.section == st.lost_heading) continue;
    if (b.kind == BlockKind::Preamble && st.no_preamble) continue;
    if (b.kind != BlockKind::Table) {
      text_block(b, st, rng, out);
      continue;
    }
    std::vector<GRow> g = grid_of(b.table, m.truth, st);
    for (auto& r : g) {
      if (st.half_punct)
        for (auto& c : r) c.s = half_width_punct(c.s);
      for (auto& c : r) c.s = replace_all(c.s, "\n", "");
      const std::string s = row_text(r);
      if (!s.empty()) out.add(s, LK::Table);
    }
  }
  return assemble(out, st, rng);
}

// ------------------------------------------------------------------ HTML for print
//
// A whole page to print with headless Chromium (page.pdf()): the tables with
// the official merges, narrow label columns so long labels wrap, the group
// labels of table 三 vertical (writing-mode: vertical-rl) as WPS prints them,
// room before table 三 so that a page break falls inside it.

std::string render_print(const Model& m, const Style& st, Rng& rng, std::vector<std::string>& notes) {
  const bool vertical = rng.chance(0.5);
  const bool thead = rng.chance(0.5);
  const int font_pt = rng.irange(10, 14);
  const int label_w = rng.irange(16, 30);  // % of the width for table 三's item labels
  const int spacer_mm = rng.chance(0.6) ? rng.irange(20, 230) : 0;
  if (vertical) notes.push_back("print: vertical group labels");
  if (thead) notes.push_back("print: table 三 header repeated on each page");
  if (spacer_mm > 0) notes.push_back("print: room before table 三 (a page break inside it)");
  std::string css =
      "@page{size:A4;margin:20mm 18mm}"
      "body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:" + num(font_pt) + "pt;line-height:1.5}"
      "h1{font-size:" + num(font_pt + 6) + "pt;text-align:center;margin:0}"
      "h2{font-size:" + num(font_pt + 2) + "pt;margin:8pt 0 4pt}"
      "p{text-indent:2em;margin:0 0 4pt}"
      "table{border-collapse:collapse;width:100%;margin:6pt 0;font-size:" + num(std::max(8, font_pt - 2)) + "pt}"
      "td,th{border:0.75pt solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle;font-weight:normal}"
      "td.l{text-align:left}"
      "td.v{writing-mode:vertical-rl;text-orientation:upright;letter-spacing:1pt}"
      "tr{break-inside:avoid}";
  std::string body;
  auto para = [&](const std::string& tag, const std::string& s) { body += "<" + tag + ">" + esc(s) + "</" + tag + ">\n"; };
  auto table = [&](const std::vector<std::vector<HtmlCell>>& rows, int header_rows, bool is_t3) {
    std::string s = "<table>";
    if (is_t3) {
      const int lw = label_w;
      const int vw = (100 - 6 - 8 - lw) / 7;
      s += "<colgroup><col style=\"width:6%\"><col style=\"width:8%\"><col style=\"width:" + num(lw) + "%\">";
      for (int i = 0; i < 7; ++i) s += "<col style=\"width:" + num(vw) + "%\">";
      s += "</colgroup>";
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (thead && is_t3 && i == 0) s += "<thead>";
      if (thead && is_t3 && static_cast<int>(i) == header_rows) s += "</thead><tbody>";
      s += "<tr>";
      for (const auto& c : rows[i]) {
        std::string cls;
        const bool is_label = !c.text.empty() && (c.text[0] & 0x80) != 0;
        if (is_t3 && static_cast<int>(i) >= header_rows && c.rowspan > 2 && vertical) cls = "v";
        else if (is_label && static_cast<int>(i) >= header_rows) cls = "l";
        s += "<td";
        if (!cls.empty()) s += " class=\"" + cls + "\"";
        if (c.rowspan > 1) s += " rowspan=\"" + num(c.rowspan) + "\"";
        if (c.colspan > 1) s += " colspan=\"" + num(c.colspan) + "\"";
        s += ">" + esc(c.text) + "</td>";
      }
      s += "</tr>\n";
    }
    if (thead && is_t3) s += "</tbody>";
    s += "</table>\n";
    body += s;
  };
  for (const Block& b : m.blocks) {
    switch (b.kind) {
      case BlockKind::Title:
        para("h1", b.text);
        para("h1", prose_text(b.title2, st, rng));
        break;
      case BlockKind::Heading:
        if (b.section == 3 && spacer_mm > 0) body += "<div style=\"height:" + num(spacer_mm) + "mm\"></div>\n";
        para("h2", heading_text(b.section, b.text));
        break;
      case BlockKind::Part:
        if (st.parts_inline) para("p", part_head(b, st) + "。" + prose_text(b.text, st, rng));
        else {
          para("h2", part_head(b, st));
          para("p", prose_text(b.text, st, rng));
        }
        break;
      case BlockKind::Table:
        if (b.table == T2) table(html_t2(m.truth, st), 0, false);
        else if (b.table == T3) table(html_t3(m.truth, st), 3, true);
        else table(html_t4(m.truth, st), 3, false);
        break;
      default: para("p", prose_text(b.text, st, rng)); break;
    }
  }
  return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + esc(m.truth.agency) +
         "</title>\n<style>" + css + "</style></head><body>\n" + body + "</body></html>\n";
}

}  // namespace

std::string render(const Model& m, Layout layout, Rng& rng, std::vector<std::string>& notes) {
  Style st = draw_style(layout, rng, notes);
  // A blank cell that cannot stay empty is written as the report's other token, or "/".
  for (int ti = 0; ti < gk::kTableCount; ++ti)
    for (const auto& row : m.truth.tables[ti])
      for (const auto& c : row)
        if (c.blank && !c.text.empty()) st.empty_token = c.text;
  if (layout == Layout::Html) return render_html(m, st, rng);
  if (layout == Layout::Print) return render_print(m, st, rng, notes);
  if (layout == Layout::MdConv) return render_mdconv(m, st, rng, notes);
  if (layout == Layout::NoSep) return render_nosep(m, st, rng, notes);
  Out out;
  for (const Block& b : m.blocks) {
    if (b.kind == BlockKind::Heading && b.section == st.lost_heading) continue;
    if (b.kind == BlockKind::Preamble && st.no_preamble) continue;
    if (b.kind == BlockKind::Table) {
      if (layout == Layout::Pdf) pdf_table(b.table, m.truth, st, rng, out);
      else grid_table(b.table, m.truth, st, rng, out);
    } else if (layout == Layout::Pdf && (b.kind == BlockKind::Para || b.kind == BlockKind::Preamble || b.kind == BlockKind::Footer)) {
      pdf_prose(prose_text(b.text, st, rng), st, rng, out, LK::Prose);
    } else if (layout == Layout::Pdf && b.kind == BlockKind::Part) {
      Out tmp;
      text_block(b, st, rng, tmp);
      for (const auto& l : tmp.lines) {
        if (l.kind == LK::Prose) pdf_prose(l.text, st, rng, out, LK::Prose);
        else out.add(l.text, l.kind);
      }
    } else {
      text_block(b, st, rng, out);
    }
  }
  return assemble(out, st, rng);
}

}  // namespace gkgen
