// .docx → text: word/document.xml read with pugixml. Paragraphs are lines;
// each table row is one line of tab-separated cells, a cell spanning columns
// (w:gridSpan) followed by empty cells, a cell merged with the one above
// (w:vMerge without "restart") empty: the same grid the page's HTML converter
// makes from a rowspan/colspan table.
#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
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

void block(const pugi::xml_node& n, std::string* out, int depth);

// One cell's text on one line: its paragraphs (and any table inside) joined by spaces.
std::string cell_text(const pugi::xml_node& tc) {
  std::string s;
  block(tc, &s, 1);
  return one_line(s);
}

void table(const pugi::xml_node& tbl, std::string* out, int depth) {
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
      cells.push_back(continued ? std::string() : cell_text(tc));
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

void block(const pugi::xml_node& n, std::string* out, int depth) {
  if (depth > 32) return;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, "p")) {
      std::string s;
      inline_text(c, &s, 0);
      *out += s;
      *out += '\n';
      // Text boxes inside the paragraph (w:txbxContent) hold blocks of their own.
      std::vector<pugi::xml_node> boxes;
      collect(c, "txbxContent", &boxes, 0);
      for (const auto& b : boxes) block(b, out, depth + 1);
    } else if (is(c, "tbl")) {
      table(c, out, depth);
    } else if (is(c, "sectPr") || is(c, "tblPr") || is(c, "tcPr") || is(c, "trPr") || is(c, "sdtPr")) {
      continue;
    } else {
      block(c, out, depth + 1);  // w:body, w:sdt/w:sdtContent, w:customXml, w:tc …
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
  block(body, &r.text, 0);
  if (r.text.size() > kMaxInflatedBytes) {  // spans expanded past the limit
    r.text.clear();
    r.error = msg::kZipBomb;
    return r;
  }
  r.ok = true;
  return r;
}

}  // namespace gkread
