#include "docx_writer.h"

#include <zlib.h>

#include <random>

namespace gkgen {
namespace {

void le16(std::string* s, std::uint32_t v) {
  s->push_back(static_cast<char>(v & 0xff));
  s->push_back(static_cast<char>((v >> 8) & 0xff));
}
void le32(std::string* s, std::uint32_t v) {
  le16(s, v & 0xffff);
  le16(s, v >> 16);
}

std::string deflate_raw(const std::string& in) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(in.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(&out[0]);
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string xml_escape(std::string_view s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      default: o += c;
    }
  }
  return o;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

// A paragraph; text with runs split at random places (Word splits runs often).
std::string para(std::string_view text, std::mt19937_64& rng) {
  std::string p = "<w:p>";
  if (!text.empty()) {
    // split into at most 3 runs at character boundaries
    std::vector<std::size_t> cuts;
    for (std::size_t i = 1; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && rng() % 23 == 0 && cuts.size() < 2) cuts.push_back(i);
    std::size_t start = 0;
    cuts.push_back(text.size());
    for (std::size_t c : cuts) {
      p += "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">" +
           xml_escape(text.substr(start, c - start)) + "</w:t></w:r>";
      start = c;
    }
  }
  return p + "</w:p>";
}

}  // namespace

std::string write_zip(const std::vector<ZipFile>& files, bool stored) {
  std::string out, cd;
  const std::uint16_t method = stored ? 0 : 8;
  for (const ZipFile& f : files) {
    const std::string z = stored ? f.data : deflate_raw(f.data);
    const std::uint32_t crc =
        static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(f.data.data()), static_cast<uInt>(f.data.size())));
    const std::uint32_t offset = static_cast<std::uint32_t>(out.size());
    le32(&out, 0x04034b50);
    le16(&out, 20); le16(&out, 0x0800); le16(&out, method); le16(&out, 0); le16(&out, 0x21);
    le32(&out, crc); le32(&out, static_cast<std::uint32_t>(z.size())); le32(&out, static_cast<std::uint32_t>(f.data.size()));
    le16(&out, static_cast<std::uint32_t>(f.name.size())); le16(&out, 0);
    out += f.name;
    out += z;
    le32(&cd, 0x02014b50);
    le16(&cd, 20); le16(&cd, 20); le16(&cd, 0x0800); le16(&cd, method); le16(&cd, 0); le16(&cd, 0x21);
    le32(&cd, crc); le32(&cd, static_cast<std::uint32_t>(z.size())); le32(&cd, static_cast<std::uint32_t>(f.data.size()));
    le16(&cd, static_cast<std::uint32_t>(f.name.size())); le16(&cd, 0); le16(&cd, 0); le16(&cd, 0); le16(&cd, 0);
    le32(&cd, 0); le32(&cd, offset);
    cd += f.name;
  }
  const std::uint32_t cd_off = static_cast<std::uint32_t>(out.size());
  out += cd;
  le32(&out, 0x06054b50);
  le16(&out, 0); le16(&out, 0);
  le16(&out, static_cast<std::uint32_t>(files.size())); le16(&out, static_cast<std::uint32_t>(files.size()));
  le32(&out, static_cast<std::uint32_t>(cd.size())); le32(&out, cd_off);
  le16(&out, 0);
  return out;
}

std::string document_xml(std::string_view text, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::string body;
  const std::vector<std::string> lines = split(text, '\n');
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].find('\t') == std::string::npos) {
      std::string l = lines[i];
      if (!l.empty() && l.back() == '\r') l.pop_back();
      body += para(l, rng);
      ++i;
      continue;
    }
    // A table: the run of lines holding tabs.
    std::vector<std::vector<std::string>> rows;
    std::size_t width = 0;
    for (; i < lines.size() && lines[i].find('\t') != std::string::npos; ++i) {
      rows.push_back(split(lines[i], '\t'));
      width = std::max(width, rows.back().size());
    }
    body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>";
    for (std::size_t c = 0; c < width; ++c) body += "<w:gridCol w:w=\"1000\"/>";
    body += "</w:tblGrid>";
    std::vector<bool> above_filled(width, false);
    for (const auto& row : rows) {
      body += "<w:tr>";
      std::vector<bool> filled(width, false);
      for (std::size_t c = 0; c < row.size();) {
        std::size_t span = 1;
        if (!row[c].empty())
          while (c + span < row.size() && row[c + span].empty() && rng() % 2 == 0) ++span;
        std::string pr;
        if (span > 1) pr += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
        const bool continue_merge = row[c].empty() && span == 1 && c < width && above_filled[c] && rng() % 2 == 0;
        const bool restart = !row[c].empty() && span == 1 && rng() % 4 == 0;
        if (continue_merge) pr += rng() % 2 ? "<w:vMerge/>" : "<w:vMerge w:val=\"continue\"/>";
        else if (restart) pr += "<w:vMerge w:val=\"restart\"/>";
        body += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(1000 * span) + "\" w:type=\"dxa\"/>" + pr + "</w:tcPr>";
        // A cell's text as paragraphs: a long label may be two.
        const std::string& t = row[c];
        body += para(t, rng);
        body += "</w:tc>";
        for (std::size_t k = 0; k < span && c + k < width; ++k) filled[c + k] = !row[c].empty() || (continue_merge && above_filled[c]);
        c += span;
      }
      body += "</w:tr>";
      above_filled = filled;
    }
    body += "</w:tbl>";
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" +
         body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
}

std::string write_docx(std::string_view text, std::uint64_t seed, bool stored) {
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"word/document.xml\"/></Relationships>";
  return write_zip({{"[Content_Types].xml", types}, {"_rels/.rels", rels}, {"word/document.xml", document_xml(text, seed)}}, stored);
}

}  // namespace gkgen
