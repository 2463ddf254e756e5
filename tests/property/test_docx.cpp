// Property: a generated report written as a .docx (tests/gen/docx_writer:
// Word tables with random gridSpan and vMerge cells, runs split at random)
// reads back through gkread::read_docx as the same text, every number in its
// cell, no error on a balanced report.
#include <catch2/catch.hpp>

#include <cstring>
#include <sstream>

#include "docx_writer.h"
#include "gkread/read.h"
#include "support.h"

using namespace gkprop;

namespace {

// The text with each tab-separated cell's spaces collapsed (a Word cell keeps
// one line, its runs of spaces as one), lines' trailing CRs and the final
// newlines dropped.
std::string canonical(const std::string& text) {
  std::string out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string l;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      if (i < line.size() && line[i] != '\t') continue;
      std::string cell = line.substr(start, i - start), c;
      if (line.find('\t') != std::string::npos) {  // a table cell: U+00A0, U+3000 are spaces too
        for (const char* sp : {"\xC2\xA0", "\xE3\x80\x80"})
          for (std::size_t k; (k = cell.find(sp)) != std::string::npos;) cell.replace(k, std::strlen(sp), " ");
      }
      for (char ch : cell)
        if (!(ch == ' ' && (c.empty() || c.back() == ' '))) c += ch;
      while (!c.empty() && c.back() == ' ') c.pop_back();
      l += c;
      if (i < line.size()) l += '\t';
      start = i + 1;
    }
    out += l + "\n";
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("generated reports written as .docx read back exactly, every number in its cell", "[docx]") {
  const int n = reports_per_layout(300);
  const std::uint64_t s0 = first_seed();
  FailureLog misread("numbers misread (docx)");
  FailureLog text_diff("text read from the .docx differs from the text written");
  FailureLog errors("error diagnostics on a balanced report (docx)");
  for (int i = 0; i < n; ++i) {
    const std::uint64_t seed = s0 + static_cast<std::uint64_t>(i);
    const gkgen::Report rep = gkgen::generate(seed, gkgen::Layout::Tab);
    const std::string docx = gkgen::write_docx(rep.text, seed);
    const gkread::Read read = gkread::read_docx(docx);
    misread.seen(rep);
    text_diff.seen(rep);
    errors.seen(rep);
    REQUIRE(read.ok);
    const std::string got = canonical(read.text), want = canonical(rep.text);
    if (got != want) {
      std::size_t k = 0;
      while (k < got.size() && k < want.size() && got[k] == want[k]) ++k;
      const std::size_t from = want.rfind('\n', k) == std::string::npos ? 0 : want.rfind('\n', k) + 1;
      text_diff.add("text", rep, "written: " + want.substr(from, 160) + "\nread:    " + got.substr(from, 160));
    }
    const gk::Result r = gk::check(read.text);
    const auto mm = compare(r, rep.truth);
    if (!mm.empty()) misread.add(mm.front().cell, rep, describe(mm));
    for (const auto& d : r.diagnostics)
      if (d.severity == gk::Severity::Error) errors.add(d.rule, rep, describe(d));
  }
  INFO(misread.summary() << details(misread) << text_diff.summary() << details(text_diff) << errors.summary()
                         << details(errors));
  CHECK(misread.count() == 0);
  CHECK(text_diff.count() == 0);
  CHECK(errors.count() == 0);
}

TEST_CASE("a generated report with one number changed, as .docx: the change is caught", "[docx]") {
  const int n = reports_per_layout(100);
  int caught = 0;
  for (int i = 0; i < n; ++i) {
    gkgen::GenOptions opt;
    opt.mutate = true;
    const std::uint64_t seed = first_seed() + static_cast<std::uint64_t>(i);
    const gkgen::Report rep = gkgen::generate(seed, gkgen::Layout::Tab, opt);
    const gkread::Read read = gkread::read_docx(gkgen::write_docx(rep.text, seed));
    REQUIRE(read.ok);
    const gk::Result r = gk::check(read.text);
    CHECK(compare(r, rep.truth).empty());
    for (const auto& d : r.diagnostics)
      if (d.severity == gk::Severity::Error && (d.rule.rfind("T3.", 0) == 0 || d.rule.rfind("T4.", 0) == 0)) {
        ++caught;
        break;
      }
  }
  CHECK(caught == n);
}
