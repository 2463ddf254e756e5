// gkread: report files (.docx, .pdf, .html, text) → the text the core reads.
// Parsing bytes already in memory; no file I/O here (the CLI reads the file,
// the page hands the bytes over). Every failure is a Chinese message in
// Read::error, never an exception out of these functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gkread {

enum class Kind { Text, Html, Docx, Pdf, OldOffice, Zip, Unknown };

// The kind of a file, by its content (magic bytes); the name's extension is
// only a hint where content says nothing (HTML without a doctype).
Kind sniff(std::string_view bytes, std::string_view name = {});
const char* kind_name(Kind k);  // "text", "html", "docx", "pdf", …

struct Read {
  bool ok = false;
  Kind kind = Kind::Unknown;
  std::string text;   // the text as read (what the checker sees; `gkcheck --text` prints it)
  std::string error;  // why it could not be read, in Chinese (ok == false)
};

// Limits (documented in README "Reading files").
inline constexpr std::size_t kMaxZipEntries = 10000;                    // entries in a .docx
inline constexpr std::size_t kMaxInflatedBytes = 64u * 1024u * 1024u;   // one inflated entry
inline constexpr std::size_t kMaxPdfPages = 500;                        // pages read from a PDF
inline constexpr std::size_t kMaxSpan = 1000;                           // colspan/rowspan/gridSpan

// A .docx (Office Open XML): word/document.xml's paragraphs as lines, each
// table row as one line of tab-separated cells (gridSpan and vMerge expanded
// into empty cells, like the page's HTML converter).
Read read_docx(std::string_view bytes);

// One piece of text on a PDF page, as an extractor (poppler, PDF.js) gives it.
// Coordinates in points, origin at the page's top left, y downwards.
struct PdfBox {
  double x = 0, y = 0, w = 0, h = 0;
  std::string text;         // UTF-8
  bool vertical = false;    // written top to bottom (rotated 90°, or vertical writing mode)
  bool space_after = false; // the extractor saw a space after it
};
struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfBox> boxes;
};

// The layout analysis shared by the command line and the page: rows by
// baseline, cells by horizontal gaps, wrapped label lines joined to their row,
// page numbers dropped, pages joined. Each table row becomes one line of
// tab-separated cells. Fails (scanned PDF) when there is no text at all.
Read layout_pdf(const std::vector<PdfPage>& pages);

#ifndef GKREAD_NO_NATIVE
// Native only (poppler, gumbo).
// `first_pages`: only so many pages (1: the title page, where the agency and year are).
Read read_pdf(std::string_view bytes, std::size_t first_pages = kMaxPdfPages);
// poppler's text boxes of each page (what read_pdf lays out), or of the first `first_pages` only.
// False with a message on failure.
bool pdf_pages(std::string_view bytes, std::vector<PdfPage>* pages, std::string* error,
               std::size_t first_pages = kMaxPdfPages);
Read read_html(std::string_view bytes);
// By content: .docx, .pdf, .html converted; text decoded as the page decodes it
// (decode_text); an old .doc/.wps/.et or other zip refused.
Read read_any(std::string_view bytes, std::string_view name = {});
// Text bytes → UTF-8, as the page does (web/decode-bytes.js): UTF-16 with its byte-order mark,
// else UTF-8 as it is, else GB18030 (an old system's GBK) when UTF-8 would give many replacement
// characters. False (out untouched) when the bytes are left as they are.
bool decode_text(std::string_view bytes, std::string* out);
#endif

// Messages shared by the readers (also used by the page through wasm).
namespace msg {
inline constexpr const char* kScanned = "这是扫描件，没有可读取的文字；请使用 Word 原稿或可复制文字的 PDF";
inline constexpr const char* kEncrypted = "这个 PDF 文件有密码保护，无法读取其中的文字；请使用未加密的 PDF 或 Word 原稿";
inline constexpr const char* kBadPdf = "PDF 文件已损坏或不完整，无法读取；请重新下载或另存一份";
inline constexpr const char* kOldOffice = "这是旧版 Word/WPS（.doc、.wps、.et）格式的文件，无法直接读取；请在 Word/WPS 中另存为 .docx";
inline constexpr const char* kBadZip = ".docx 文件已损坏（不是完整的压缩包），无法读取；请在 Word/WPS 中重新保存";
inline constexpr const char* kNotDocx = "这是一个压缩包，但不是 Word 文档（.docx）；请给出报告的 .docx、.pdf、.html 或 .txt 文件";
inline constexpr const char* kZipBomb = ".docx 文件解压后过大或条目过多（超过上限），已拒绝读取";
inline constexpr const char* kBadXml = ".docx 中的文档内容（word/document.xml）已损坏，无法读取；请在 Word/WPS 中重新保存";
inline constexpr const char* kTooManyPages = "PDF 页数超过上限（500 页），未读取；一份年度报告通常不到 20 页，请检查是否选错了文件";
}  // namespace msg

}  // namespace gkread
