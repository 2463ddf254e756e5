#include "cli_render.h"

#include <utf8proc.h>

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

// The source line [begin, end) of the byte offset, without its line break.
std::string_view line_at(std::string_view text, std::size_t offset, std::size_t* line_begin) {
  std::size_t b = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  b = (b == std::string_view::npos || offset == 0) ? 0 : b + 1;
  if (offset > 0 && offset <= text.size() && text[offset - 1] == '\n') b = offset;
  std::size_t e = text.find('\n', offset);
  if (e == std::string_view::npos) e = text.size();
  if (e > b && text[e - 1] == '\r') --e;
  *line_begin = b;
  return text.substr(b, e - b);
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
    std::string_view src = line_at(text, l.byte_offset, &lb);
    // Tabs become single spaces so the caret lines up in any terminal.
    std::string shown(src);
    for (auto& ch : shown) if (ch == '\t') ch = ' ';
    const std::string num = std::to_string(l.line);
    const std::string pad(num.size(), ' ');
    out += "  " + num + " | " + shown + "\n";
    std::size_t col_bytes = l.byte_offset - lb;
    std::size_t span_bytes = std::min<std::size_t>(l.byte_length, src.size() - std::min(src.size(), col_bytes));
    int lead = display_width(src.substr(0, std::min(col_bytes, src.size())));
    int width = std::max(1, display_width(src.substr(std::min(col_bytes, src.size()), span_bytes)));
    out += "  " + pad + " | " + std::string(static_cast<std::size_t>(lead), ' ') +
           std::string(static_cast<std::size_t>(width), '^') + "\n";
  }
  return out;
}

}  // namespace gkcli
