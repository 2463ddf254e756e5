// What a file is, by its first bytes.
#include <algorithm>
#include <cctype>
#include <string>

#include "gkread/read.h"

namespace gkread {
namespace {

std::string lower_ext(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  const std::size_t slash = name.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string e(name.substr(dot + 1));
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e;
}

bool starts_with_ci(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != p[i]) return false;
  return true;
}

}  // namespace

Kind sniff(std::string_view b, std::string_view name) {
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Kind::Pdf;
  if (b.substr(0, 4) == std::string_view("PK\x03\x04", 4) || b.substr(0, 4) == std::string_view("PK\x05\x06", 4))
    return Kind::Docx;
  if (b.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) || b.substr(0, 5) == "{\\rtf")
    return Kind::OldOffice;
  std::string_view s = b;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  static const char* const kHtmlStarts[] = {"<!doctype html", "<html", "<head", "<body", "<table", "<meta"};
  for (const char* p : kHtmlStarts)
    if (starts_with_ci(s, p)) return Kind::Html;
  if (starts_with_ci(s, "<?xml") || starts_with_ci(s, "<!--")) {
    std::string head(s.substr(0, 4096));
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (head.find("<html") != std::string::npos) return Kind::Html;
  }
  const std::string ext = lower_ext(name);
  if ((ext == "html" || ext == "htm") && !s.empty() && s.front() == '<') return Kind::Html;
  return Kind::Text;
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Text: return "text";
    case Kind::Html: return "html";
    case Kind::Docx: return "docx";
    case Kind::Pdf: return "pdf";
    case Kind::OldOffice: return "old-office";
    case Kind::Zip: return "zip";
    case Kind::Unknown: break;
  }
  return "unknown";
}

}  // namespace gkread
