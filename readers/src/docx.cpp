// .docx → text: word/document.xml read with pugixml. Paragraphs are lines;
// each table row is one line of tab-separated cells, a cell spanning columns
// (w:gridSpan) followed by empty cells, a cell merged with the one above
// (w:vMerge without "restart") empty: the same grid the page's HTML converter
// makes from a rowspan/colspan table.
#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <vector>
#include <string>

#include "gkread/read.h"
#include "text_util.h"
#include "zip.h"

namespace gkread {
namespace {

bool is(const pugi::xml_node& n, const char* local) {
  const char* name = n.name();
  const char* colon = std::strchr(name, ':');
  return std::strcmp(colon ? colon + 1 : name, local) == 0;
}

pugi::xml_node child(const pugi::xml_node& n, const char* local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (is(c, local)) return c;
  return {};
}

const char* val(const pugi::xml_node& n) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    const char* colon = std::strchr(name, ':');
    if (std::strcmp(colon ? colon + 1 : name, "val") == 0) return a.value();
  }
  return nullptr;
}

std::size_t span_of(const pugi::xml_node& n, const char* local) {
  const pugi::xml_node s = child(n, local);
  if (!s) return 0;
  const char* v = val(s);
  const long x = v ? std::strtol(v, nullptr, 10) : 0;
  return x <= 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(x), kMaxSpan);
}

// Word's automatic numbering (word/numbering.xml): a numbered paragraph's
// label ("一、", "（二）", "3.") is not in its text; it is made here, from the
// level's format and text, counting as Word does (a level restarts when a
// higher one advances).
struct Numbering {
  struct Level {
    std::string fmt = "decimal", text;
    int start = 1;
  };
  std::map<std::string, std::vector<Level>> levels;  // numId → its abstract list's levels
  std::map<std::string, std::vector<int>> counters;  // numId → the count at each level

  static std::string chinese(int n) {
    static const char* const d[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 0 || n >= 100) return std::to_string(n);
    if (n <= 10) return n == 10 ? "十" : d[n];
    if (n < 20) return std::string("十") + d[n % 10];
    return std::string(d[n / 10]) + "十" + (n % 10 ? d[n % 10] : "");
  }
  static std::string format(const std::string& fmt, int n) {
    if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "chineseLegalSimplified" ||
        fmt == "ideographDigital" || fmt == "japaneseCounting" || fmt == "taiwaneseCounting")
      return chinese(n);
    if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") {
      std::string out;
      for (char c : std::to_string(n)) out += std::string("\xEF\xBC") + static_cast<char>('\x90' + (c - '0'));
      return out;
    }
    if (fmt == "decimalEnclosedCircle" || fmt == "decimalEnclosedCircleChinese") {
      if (n >= 1 && n <= 20) return std::string("\xE2\x91") + static_cast<char>('\x9F' + n);  // ① U+2460
      return std::to_string(n);
    }
    if ((fmt == "lowerLetter" || fmt == "upperLetter") && n >= 1 && n <= 26)
      return std::string(1, static_cast<char>((fmt == "lowerLetter" ? 'a' : 'A') + n - 1));
    if (fmt == "none" || fmt == "bullet") return {};
    return std::to_string(n);
  }
  // The label of the next paragraph numbered (numId, ilvl); empty for none or a bullet.
  std::string next(const std::string& num, int ilvl) {
    const auto it = levels.find(num);
    if (it == levels.end() || ilvl < 0 || ilvl >= static_cast<int>(it->second.size()) || ilvl > 8) return {};
    std::vector<int>& c = counters[num];
    if (c.size() < it->second.size()) {
      c.resize(it->second.size(), 0);
      for (std::size_t i = 0; i < c.size(); ++i) c[i] = it->second[i].start - 1;
    }
    ++c[static_cast<std::size_t>(ilvl)];
    for (std::size_t i = static_cast<std::size_t>(ilvl) + 1; i < c.size(); ++i) c[i] = it->second[i].start - 1;
    const Level& lv = it->second[static_cast<std::size_t>(ilvl)];
    if (lv.fmt == "bullet" || lv.fmt == "none") return {};
    std::string out;
    for (std::size_t i = 0; i < lv.text.size(); ++i) {
      if (lv.text[i] == '%' && i + 1 < lv.text.size() && lv.text[i + 1] >= '1' && lv.text[i + 1] <= '9') {
        const std::size_t k = static_cast<std::size_t>(lv.text[i + 1] - '1');
        if (k < c.size()) out += format(it->second[k].fmt, c[k]);
        ++i;
      } else {
        out += lv.text[i];
      }
    }
    return out;
  }
};

// The descendants named `local` (not looking inside them or inside a nested table).
void collect(const pugi::xml_node& n, const char* local, std::vector<pugi::xml_node>* out, int depth) {
  if (depth > 32) return;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, local)) out->push_back(c);
    else if (!is(c, "tbl")) collect(c, local, out, depth + 1);
  }
}

// The text of a paragraph-level node: runs' w:t, w:tab, breaks (as '\n').
// Deleted text (w:delText), field codes (w:instrText) and notes are skipped.
void inline_text(const pugi::xml_node& n, std::string* s, int depth) {
  if (depth > 64) return;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, "t")) {
      *s += c.text().get();
    } else if (is(c, "tab") || is(c, "ptab")) {
      *s += '\t';
    } else if (is(c, "br") || is(c, "cr")) {
      *s += '\n';
    } else if (is(c, "noBreakHyphen")) {
      *s += '-';
    } else if (is(c, "del") || is(c, "delText") || is(c, "instrText") || is(c, "pPr") || is(c, "rPr") ||
               is(c, "footnoteReference") || is(c, "endnoteReference") || is(c, "commentReference") ||
               is(c, "fallback") || is(c, "Fallback") || is(c, "txbxContent")) {  // text boxes: read as blocks
      continue;
    } else if (is(c, "tbl")) {
      continue;  // a table inside a text box: read where it is as a block, not here
    } else {
      inline_text(c, s, depth + 1);
    }
  }
}

void block(const pugi::xml_node& n, std::string* out, int depth, Numbering& num);

// One cell's text on one line: its paragraphs (and any table inside) joined by spaces.
std::string cell_text(const pugi::xml_node& tc, Numbering& num) {
  std::string s;
  block(tc, &s, 1, num);
  return one_line(s);
}

void table(const pugi::xml_node& tbl, std::string* out, int depth, Numbering& num) {
  std::vector<pugi::xml_node> rows;
  for (pugi::xml_node c = tbl.first_child(); c; c = c.next_sibling()) {
    if (is(c, "tr")) rows.push_back(c);
    else if (is(c, "sdt") || is(c, "customXml"))  // rows inside a content control
      collect(c, "tr", &rows, 0);
  }
  for (const pugi::xml_node& tr : rows) {
    std::vector<std::string> cells;
    const pugi::xml_node trpr = child(tr, "trPr");
    for (std::size_t i = 0, n = trpr ? span_of(trpr, "gridBefore") : 0; i < n; ++i) cells.emplace_back();
    std::vector<pugi::xml_node> tcs;
    for (pugi::xml_node c = tr.first_child(); c; c = c.next_sibling()) {
      if (is(c, "tc")) tcs.push_back(c);
      else if (is(c, "sdt") || is(c, "customXml"))
        collect(c, "tc", &tcs, 0);
    }
    for (const pugi::xml_node& tc : tcs) {
      const pugi::xml_node pr = child(tc, "tcPr");
      std::size_t span = pr ? span_of(pr, "gridSpan") : 0;
      if (span == 0) span = 1;
      bool continued = false;
      if (pr) {
        const pugi::xml_node vm = child(pr, "vMerge");
        if (vm) {
          const char* v = val(vm);
          continued = !v || std::strcmp(v, "restart") != 0;
        }
      }
      if (cells.size() >= kMaxSpan) break;  // wider than any real table: cut at kMaxSpan columns
      cells.push_back(continued ? std::string() : cell_text(tc, num));
      for (std::size_t i = 1; i < span && cells.size() < kMaxSpan; ++i) cells.emplace_back();
    }
    bool any = false;
    for (const auto& c : cells) any = any || !c.empty();
    if (!any) continue;
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += '\t';
      line += cells[i];
    }
    // Trailing empty cells are kept: every row of a table has its width.
    *out += line;
    *out += '\n';
    if (out->size() > kMaxInflatedBytes) return;  // read_docx refuses it
  }
  (void)depth;
}

void block(const pugi::xml_node& n, std::string* out, int depth, Numbering& num) {
  if (depth > 32) return;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, "p")) {
      std::string s;
      const pugi::xml_node ppr = child(c, "pPr");
      const pugi::xml_node numpr = ppr ? child(ppr, "numPr") : pugi::xml_node();
      if (numpr) {
        const pugi::xml_node id = child(numpr, "numId"), lvl = child(numpr, "ilvl");
        const char* idv = id ? val(id) : nullptr;
        const char* lv = lvl ? val(lvl) : nullptr;
        if (idv) s = num.next(idv, lv ? std::atoi(lv) : 0);
      }
      inline_text(c, &s, 0);
      *out += s;
      *out += '\n';
      // Text boxes inside the paragraph (w:txbxContent) hold blocks of their own.
      std::vector<pugi::xml_node> boxes;
      collect(c, "txbxContent", &boxes, 0);
      for (const auto& b : boxes) block(b, out, depth + 1, num);
    } else if (is(c, "tbl")) {
      table(c, out, depth, num);
    } else if (is(c, "sectPr") || is(c, "tblPr") || is(c, "tcPr") || is(c, "trPr") || is(c, "sdtPr")) {
      continue;
    } else {
      block(c, out, depth + 1, num);  // w:body, w:sdt/w:sdtContent, w:customXml, w:tc …
    }
  }
}

}  // namespace

Read read_docx(std::string_view bytes) {
  Read r;
  r.kind = Kind::Docx;
  std::vector<ZipEntry> entries;
  const ZipStatus st = zip_entries(bytes, &entries);
  if (st == ZipStatus::TooLarge) {
    r.error = msg::kZipBomb;
    return r;
  }
  if (st != ZipStatus::Ok) {
    r.error = msg::kBadZip;
    return r;
  }
  const ZipEntry* doc = nullptr;
  for (const auto& e : entries)
    if (e.name == "word/document.xml") doc = &e;
  if (!doc) {
    r.kind = Kind::Zip;
    r.error = msg::kNotDocx;
    return r;
  }
  std::string xml;
  const ZipStatus rs = zip_read(bytes, *doc, kMaxInflatedBytes, &xml);
  if (rs == ZipStatus::TooLarge) {
    r.error = msg::kZipBomb;
    return r;
  }
  if (rs != ZipStatus::Ok) {
    r.error = msg::kBadZip;
    return r;
  }
  pugi::xml_document d;
  const pugi::xml_parse_result pr = d.load_buffer_inplace(&xml[0], xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!pr) {
    r.error = msg::kBadXml;
    return r;
  }
  const pugi::xml_node root = d.document_element();
  const pugi::xml_node body = child(root, "body");
  if (!body) {
    r.error = msg::kBadXml;
    return r;
  }
  Numbering num;
  for (const auto& e : entries) {
    if (e.name != "word/numbering.xml") continue;
    std::string nx;
    pugi::xml_document nd;
    if (zip_read(bytes, e, kMaxInflatedBytes, &nx) != ZipStatus::Ok ||
        !nd.load_buffer_inplace(&nx[0], nx.size(), pugi::parse_default, pugi::encoding_utf8))
      break;  // no labels: the text is still read
    std::map<std::string, std::vector<Numbering::Level>> abstract;
    const pugi::xml_node root_n = nd.document_element();
    for (pugi::xml_node a = root_n.first_child(); a; a = a.next_sibling()) {
      if (!is(a, "abstractNum")) continue;
      const char* aid = nullptr;
      for (pugi::xml_attribute at = a.first_attribute(); at; at = at.next_attribute())
        if (std::strstr(at.name(), "abstractNumId")) aid = at.value();
      if (!aid) continue;
      std::vector<Numbering::Level>& lv = abstract[aid];
      for (pugi::xml_node l = a.first_child(); l; l = l.next_sibling()) {
        if (!is(l, "lvl") || lv.size() >= 9) continue;
        Numbering::Level level;
        if (const pugi::xml_node f = child(l, "numFmt"); f && val(f)) level.fmt = val(f);
        if (const pugi::xml_node t = child(l, "lvlText"); t && val(t)) level.text = val(t);
        if (const pugi::xml_node st = child(l, "start"); st && val(st)) level.start = std::atoi(val(st));
        lv.push_back(level);
      }
    }
    for (pugi::xml_node n = root_n.first_child(); n; n = n.next_sibling()) {
      if (!is(n, "num")) continue;
      const char* nid = nullptr;
      for (pugi::xml_attribute at = n.first_attribute(); at; at = at.next_attribute())
        if (std::strstr(at.name(), "numId")) nid = at.value();
      const pugi::xml_node an = child(n, "abstractNumId");
      if (nid && an && val(an) && abstract.count(val(an))) num.levels[nid] = abstract[val(an)];
    }
    break;
  }
  block(body, &r.text, 0, num);
  if (r.text.size() > kMaxInflatedBytes) {  // spans expanded past the limit
    r.text.clear();
    r.error = msg::kZipBomb;
    return r;
  }
  r.ok = true;
  return r;
}

}  // namespace gkread
