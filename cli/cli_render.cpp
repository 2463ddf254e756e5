#include "cli_render.h"

#include <utf8proc.h>

#include <algorithm>

namespace gkcli {

namespace {

const char* severity_zh(gk::Severity s) {
  switch (s) {
    case gk::Severity::Error: return "错误";
    case gk::Severity::Warning: return "提醒";
    case gk::Severity::Info: return "说明";
  }
  return "";
}

// Display width of UTF-8 text in terminal columns (CJK counts 2; tabs 1).
int display_width(std::string_view s) {
  int w = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) { ++i; ++w; continue; }
    i += static_cast<std::size_t>(n);
    w += cp == '\t' ? 1 : std::max(0, utf8proc_charwidth(cp));
  }
  return w;
}

// How much of a long source line is shown on each side of a diagnostic.
constexpr std::size_t kContextBytes = 240;

bool line_break(char c) { return c == '\n' || c == '\r'; }

// The source line around the byte offset, without its line break: at most
// kContextBytes on each side of [offset, offset + length), cut at character
// boundaries, so that many diagnostics on one huge line stay cheap.
// *line_begin is where the shown part starts; *cut_left/right say whether
// the line goes on beyond it.
std::string_view line_at(std::string_view text, std::size_t offset, std::size_t length, std::size_t* line_begin,
                         bool* cut_left, bool* cut_right) {
  offset = std::min(offset, text.size());
  std::size_t b = offset;
  while (b > 0 && !line_break(text[b - 1]) && offset - b < kContextBytes) --b;
  *cut_left = b > 0 && !line_break(text[b - 1]);
  while (*cut_left && b < offset && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  const std::size_t stop = std::min(text.size(), offset + std::min(length, kContextBytes) + kContextBytes);
  std::size_t e = offset;
  while (e < stop && !line_break(text[e])) ++e;
  *cut_right = e < text.size() && !line_break(text[e]);
  while (*cut_right && e > offset && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
  *line_begin = b;
  return text.substr(b, e - b);
}

}  // namespace

namespace {

// The closing line: the verdict first, then the counts.
std::string verdict_line(std::string_view file_name, const gk::Result& r) {
  const std::size_t errors = r.count(gk::Severity::Error), warnings = r.count(gk::Severity::Warning);
  std::string counts = std::to_string(errors) + " 处错误，" + std::to_string(warnings) + " 处提醒";
  std::string head;
  switch (r.verdict) {
    case gk::Verdict::Checked:
      if (!errors) return std::string(file_name) + ": 核对完整，未发现错误；" + std::to_string(warnings) + " 处提醒\n";
      head = "核对完整：";
      break;
    case gk::Verdict::Partial: head = "未能完整核对（只有读到的部分核对过）："; break;
    case gk::Verdict::Unchecked: head = "未能核对："; break;
  }
  std::string read;
  if (r.verdict != gk::Verdict::Checked && r.format) {
    for (int t = 0; t < gk::kTableCount; ++t) {
      const gk::TableCoverage& c = r.coverage[t];
      if (c.cells_read == c.cells_expected && c.equations_evaluated == c.equations_total) continue;
      read += r.format->tables[t].name + "读到 " + std::to_string(c.rows_found) + "/" + std::to_string(c.rows_expected) +
              " 行、" + std::to_string(c.cells_read) + "/" + std::to_string(c.cells_expected) + " 格；";
    }
  }
  return std::string(file_name) + ": " + head + read + counts + "\n";
}

}  // namespace

std::string render_text(std::string_view file_name, std::string_view text, const gk::Result& result) {
  std::string out;
  for (const auto& d : result.diagnostics) {
    const auto& l = d.location;
    out += std::string(file_name) + ":" + std::to_string(l.line) + ":" + std::to_string(l.column) + ": " +
           severity_zh(d.severity) + ": [" + d.rule + "] " + d.message + "\n";
    if (l.line == 0 || l.byte_offset > text.size()) continue;
    std::size_t lb = 0;
    bool cut_left = false, cut_right = false;
    std::string_view src = line_at(text, l.byte_offset, l.byte_length, &lb, &cut_left, &cut_right);
    // Tabs become single spaces so the caret lines up in any terminal.
    std::string shown(src);
    for (auto& ch : shown) if (ch == '\t') ch = ' ';
    const std::string num = std::to_string(l.line);
    const std::string pad(num.size(), ' ');
    out += "  " + num + " | " + (cut_left ? "…" : "") + shown + (cut_right ? "…" : "") + "\n";
    std::size_t col_bytes = l.byte_offset - lb;
    std::size_t span_bytes = std::min<std::size_t>(l.byte_length, src.size() - std::min(src.size(), col_bytes));
    int lead = display_width(src.substr(0, std::min(col_bytes, src.size()))) + (cut_left ? display_width("…") : 0);
    int width = std::max(1, display_width(src.substr(std::min(col_bytes, src.size()), span_bytes)));
    out += "  " + pad + " | " + std::string(static_cast<std::size_t>(lead), ' ') +
           std::string(static_cast<std::size_t>(width), '^') + "\n";
  }
  out += verdict_line(file_name, result);
  return out;
}

}  // namespace gkcli
