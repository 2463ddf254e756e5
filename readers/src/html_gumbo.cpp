// .html on the command line: parsed by gumbo (an HTML5 parser), then turned
// into text by the same rules as the page's converter web/html-to-text.js
// (tests/unit/test_readers.cpp checks that both give the same text): blocks
// are lines, each table row one line of tab-separated cells with rowspan and
// colspan expanded into empty cells, a table holding tables read as blocks.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "gkread/read.h"
#include "text_util.h"

namespace gkread {
namespace {

constexpr int kMaxDepth = 400;

const char* const kSkip[] = {"script", "style", "template", "noscript", "head", "title", "meta", "link", "iframe",
                             "object", "embed", "svg", "math", "canvas", "video", "audio", "img", "input", "select",
                             "button", "textarea", "area", "map", "picture", "source", "track", "dialog"};
const char* const kBlock[] = {"address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
                              "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
                              "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "ol", "p",
                              "pre", "section", "summary", "ul", "body", "html", "tr", "td", "th", "thead", "tbody",
                              "tfoot"};

std::string tag_of(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return {};
  const GumboElement& e = n->v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece p = e.original_tag;
  gumbo_tag_from_original_text(&p);
  std::string t(p.data, p.length);
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return t;
}

bool in(const std::string& t, const char* const* list, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (t == list[i]) return true;
  return false;
}

const char* attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// display:none or mso-hide:all in the style attribute, or the hidden attribute.
bool hidden(const GumboNode* n) {
  if (attr(n, "hidden")) return true;
  const char* style = attr(n, "style");
  if (!style) return false;
  std::string s(style);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // (^|;)\s*(display\s*:\s*none|mso-hide\s*:\s*all)
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t j = i;
    while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    auto word = [&](const char* w) {
      const std::size_t len = std::strlen(w);
      if (s.compare(j, len, w) != 0) return false;
      j += len;
      return true;
    };
    auto spaces = [&] {
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    };
    const std::size_t start = j;
    if (word("display")) {
      spaces();
      if (j < s.size() && s[j] == ':') {
        ++j;
        spaces();
        if (word("none")) return true;
      }
    }
    j = start;
    if (word("mso-hide")) {
      spaces();
      if (j < s.size() && s[j] == ':') {
        ++j;
        spaces();
        if (word("all")) return true;
      }
    }
    const std::size_t semi = s.find(';', i);
    if (semi == std::string::npos) break;
    i = semi + 1;
  }
  return false;
}

// JavaScript's [\s\u00a0]+ → ' '
std::string collapse_js_space(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    std::size_t len = 0;
    if (js_space_at(v, i, &len)) {
      if (out.empty() || out.back() != ' ') out += ' ';
      i += len;
      while (i < v.size() && js_space_at(v, i, &len)) i += len;
      continue;
    }
    out += v[i++];
  }
  return out;
}

struct Writer {
  std::vector<std::string> lines;
  std::string cur;
  void text(const std::string& s) { cur += s; }
  // [ \t\u00a0]+ → ' ', trimmed of one leading and one trailing space.
  void flush() {
    std::string line;
    for (std::size_t i = 0; i < cur.size();) {
      const bool nbsp = cur.compare(i, 2, "\xC2\xA0") == 0;
      if (cur[i] == ' ' || cur[i] == '\t' || nbsp) {
        while (i < cur.size() && (cur[i] == ' ' || cur[i] == '\t' || cur.compare(i, 2, "\xC2\xA0") == 0))
          i += cur[i] == '\xC2' ? 2 : 1;
        line += ' ';
        continue;
      }
      line += cur[i++];
    }
    if (!line.empty() && line.front() == ' ') line.erase(0, 1);
    if (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) lines.push_back(line);
    cur.clear();
  }
  void raw(const std::string& line) {
    flush();
    lines.push_back(line);
  }
};

bool has_table_inside(const GumboNode* n, int depth) {
  if (depth > kMaxDepth) return false;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    const GumboNode* c = static_cast<const GumboNode*>(ch.data[i]);
    if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE) continue;
    if (c->v.element.tag == GUMBO_TAG_TABLE || has_table_inside(c, depth + 1)) return true;
  }
  return false;
}

std::vector<std::string> table_lines(const GumboNode* table, int depth);

void walk(const GumboNode* node, Writer& w, bool pre, int depth) {
  if (depth > kMaxDepth) return;
  const GumboVector& ch = node->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(ch.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
      const std::string v = child->v.text.text;
      if (pre) {
        std::size_t start = 0;
        bool first = true;
        for (std::size_t k = 0; k <= v.size(); ++k) {
          if (k == v.size() || v[k] == '\n' || v[k] == '\r') {
            if (!first) w.flush();
            first = false;
            w.text(v.substr(start, k - start));
            if (k < v.size() && v[k] == '\r' && k + 1 < v.size() && v[k + 1] == '\n') ++k;
            start = k + 1;
          }
        }
      } else {
        w.text(collapse_js_space(v));
      }
      continue;
    }
    if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
    const std::string tag = tag_of(child);
    if (in(tag, kSkip, sizeof kSkip / sizeof *kSkip) || hidden(child)) continue;
    if (tag == "br") {
      w.flush();
      continue;
    }
    if (tag == "table" && !has_table_inside(child, depth)) {
      w.flush();
      for (const auto& l : table_lines(child, depth)) w.raw(l);
      continue;
    }
    const bool block = in(tag, kBlock, sizeof kBlock / sizeof *kBlock);
    if (block) w.flush();
    walk(child, w, pre || tag == "pre", depth + 1);
    if (block) w.flush();
  }
}

std::string cell_text(const GumboNode* cell, int depth) {
  Writer w;
  walk(cell, w, false, depth + 1);
  w.flush();
  std::string s;
  for (std::size_t i = 0; i < w.lines.size(); ++i) s += (i ? " " : "") + w.lines[i];
  // [\t\r\n]+ → ' ', then ' {2,}' → ' ', trimmed (JavaScript's trim: its \s)
  std::string t;
  for (char c : s) {
    if (c == '\t' || c == '\r' || c == '\n') {
      if (t.empty() || t.back() != ' ' || true) t += ' ';
      continue;
    }
    t += c;
  }
  std::string u;
  for (char c : t)
    if (!(c == ' ' && !u.empty() && u.back() == ' ')) u += c;
  std::size_t a = 0, b = u.size(), len = 0;
  while (a < b && js_space_at(u, a, &len)) a += len;
  while (b > a) {
    std::size_t k = b - 1;
    while (k > a && (static_cast<unsigned char>(u[k]) & 0xC0) == 0x80) --k;
    if (js_space_at(u, k, &len) && k + len == b) b = k;
    else break;
  }
  return u.substr(a, b - a);
}

long int_attr(const GumboNode* n, const char* name, long dflt) {
  const char* v = attr(n, name);
  if (!v) return dflt;
  // parseInt: leading whitespace, optional sign, digits
  while (*v && std::isspace(static_cast<unsigned char>(*v))) ++v;
  char* end = nullptr;
  const long x = std::strtol(v, &end, 10);
  if (end == v) return dflt;
  return x >= 0 ? x : dflt;
}

std::vector<const GumboNode*> elements(const GumboNode* n) {
  std::vector<const GumboNode*> out;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    const GumboNode* c = static_cast<const GumboNode*>(ch.data[i]);
    if (c->type == GUMBO_NODE_ELEMENT || c->type == GUMBO_NODE_TEMPLATE) out.push_back(c);
  }
  return out;
}

std::vector<std::string> table_lines(const GumboNode* table, int depth) {
  std::vector<const GumboNode*> rows;
  std::string caption;
  bool have_caption = false;
  for (const GumboNode* c : elements(table)) {
    const std::string t = tag_of(c);
    if (t == "tr") rows.push_back(c);
    else if (t == "thead" || t == "tbody" || t == "tfoot") {
      for (const GumboNode* r : elements(c))
        if (tag_of(r) == "tr") rows.push_back(r);
    } else if (t == "caption" && !have_caption) {
      caption = cell_text(c, depth);
      have_caption = true;
    }
  }
  const std::size_t n = rows.size();
  std::vector<std::vector<std::string>> grid(n);
  std::vector<std::vector<bool>> taken(n);
  std::size_t width = 0;
  auto put = [](std::vector<std::string>& g, std::vector<bool>& tk, std::size_t col, const std::string& s) {
    if (g.size() <= col) g.resize(col + 1);
    if (tk.size() <= col) tk.resize(col + 1, false);
    g[col] = s;
    tk[col] = true;
  };
  for (std::size_t r = 0; r < n; ++r) {
    std::size_t col = 0;
    for (const GumboNode* cell : elements(rows[r])) {
      const std::string t = tag_of(cell);
      if ((t != "td" && t != "th") || hidden(cell)) continue;
      while (col < taken[r].size() && taken[r][col]) ++col;
      // A grid wider than any real table (a hostile page: thousands of colspan="1000" cells) is
      // cut at kMaxSpan columns, so its text stays rows × kMaxSpan at most.
      if (col >= kMaxSpan) break;
      const long cs = std::min<long>(std::min<long>(std::max<long>(int_attr(cell, "colspan", 1), 1), static_cast<long>(kMaxSpan)),
                                     static_cast<long>(kMaxSpan - col));
      long rs = int_attr(cell, "rowspan", 1);
      if (rs == 0) rs = static_cast<long>(n - r);
      rs = std::min<long>(std::min<long>(std::max<long>(rs, 1), static_cast<long>(n - r)), static_cast<long>(kMaxSpan));
      const std::string text = cell_text(cell, depth);
      for (long dr = 0; dr < rs; ++dr)
        for (long dc = 0; dc < cs; ++dc)
          put(grid[r + static_cast<std::size_t>(dr)], taken[r + static_cast<std::size_t>(dr)], col + static_cast<std::size_t>(dc),
              dr == 0 && dc == 0 ? text : std::string());
      col += static_cast<std::size_t>(cs);
      width = std::max(width, col);
    }
  }
  std::vector<std::string> lines;
  if (!caption.empty()) lines.push_back(caption);
  for (std::size_t i = 0; i < n; ++i) {
    std::string line;
    bool any = false;
    for (std::size_t j = 0; j < width; ++j) {
      const std::string t = j < grid[i].size() ? grid[i][j] : std::string();
      if (!t.empty()) any = true;
      if (j) line += '\t';
      line += t;
    }
    if (any) lines.push_back(line);
  }
  return lines;
}

}  // namespace

Read read_html(std::string_view bytes) {
  Read r;
  r.kind = Kind::Html;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&opts, bytes.data(), bytes.size());
  if (!out) {
    r.error = "无法解析这个 HTML 文件";
    return r;
  }
  // The body (the page's converter starts at document.body).
  const GumboNode* start = out->root;
  for (const GumboNode* c : elements(out->root))
    if (tag_of(c) == "body") start = c;
  Writer w;
  walk(start, w, false, 0);
  w.flush();
  for (std::size_t i = 0; i < w.lines.size(); ++i) {
    if (i) r.text += '\n';
    r.text += w.lines[i];
  }
  gumbo_destroy_output(&opts, out);
  r.ok = true;
  return r;
}

}  // namespace gkread
