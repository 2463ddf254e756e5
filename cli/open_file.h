// The command line's hook to the file readers (readers/): a .docx, .pdf or
// .html file's bytes become the text to check, chosen by content.
#pragma once

#include <filesystem>
#include <string>

namespace gkcli {

// Replaces *bytes by the text to check when they are a .docx, .pdf or .html
// file; leaves text as it is. False, with the reason in Chinese, when the
// file cannot be read (scanned or encrypted PDF, old .doc, damaged zip…).
bool open_report(const std::string& path, std::string* bytes, std::string* why);

// The files a folder contributes: .txt, .docx, .pdf, .html, .htm (and .doc, .wps).
bool is_report_extension(const std::filesystem::path& p);

}  // namespace gkcli
