#include "open_file.h"

#include <algorithm>
#include <cctype>

#include "gkread/read.h"

namespace gkcli {

bool open_report(const std::string& path, std::string* bytes, std::string* why) {
  const gkread::Kind kind = gkread::sniff(*bytes, path);
  if (kind == gkread::Kind::Text) {  // UTF-16 (with its BOM) and GB18030 become UTF-8, as in the page
    std::string utf8;
    if (gkread::decode_text(*bytes, &utf8)) *bytes = std::move(utf8);
    return true;
  }
  gkread::Read r = gkread::read_any(*bytes, path);
  if (!r.ok) {
    *why = r.error;
    return false;
  }
  *bytes = std::move(r.text);
  return true;
}

bool is_report_extension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // .doc and .wps are taken too, to say they must be saved as .docx (not skipped in silence).
  return ext == ".txt" || ext == ".docx" || ext == ".pdf" || ext == ".html" || ext == ".htm" || ext == ".doc" ||
         ext == ".wps";
}

}  // namespace gkcli
