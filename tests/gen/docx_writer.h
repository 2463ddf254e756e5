// A small .docx writer for the tests: a zip (deflate through zlib) holding a
// minimal Office Open XML package whose word/document.xml has the text's
// lines as paragraphs and each run of tab-separated lines as a table
// (w:tbl/w:tr/w:tc). A cell followed by empty cells may be written as one
// cell spanning them (w:gridSpan), an empty cell under a filled one as a
// vertical merge (w:vMerge), chosen by `seed` — so reading it back must give
// the same grid.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gkgen {

struct ZipFile {
  std::string name;
  std::string data;
};
// A zip archive (deflated entries, or stored ones: `stored`; CRC-32, central directory).
std::string write_zip(const std::vector<ZipFile>& files, bool stored = false);

// word/document.xml for the text (see above).
std::string document_xml(std::string_view text, std::uint64_t seed);
// The whole .docx (`stored`: its entries not compressed, as the fuzzer's seeds, whose byte
// mutations then reach the XML).
std::string write_docx(std::string_view text, std::uint64_t seed, bool stored = false);

}  // namespace gkgen
