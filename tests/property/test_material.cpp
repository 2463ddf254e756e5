// Realistic material in bulk, judged cell by cell against its truth:
//  - tests/fixtures/generated/pdf/: gkgen's print layout printed to PDF by headless Chromium and
//    extracted three ways (pdftotext, pdftotext -layout, PDF.js as Firefox copies it), made by
//    tests/tools/make-pdf-corpus.mjs; some reports with one number changed ("mutation" in the truth);
//  - tests/fixtures/real/: the two real WPS PDFs' three extractions and their hand-read truth;
//  - fresh gkgen reports in converter-style Markdown (mdconv) and separator-less web text (nosep).
// Every report is exact, or honest (each cell not read is null, the verdict is not "checked" and an
// error names its row), or its wrong numbers are named by an error. Silent wrong must be 0, and so
// must an unread cell that nothing declares. A changed number is caught and named.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "judge.h"
#include "support.h"

using namespace gkprop;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* const kExtractions[] = {"pdftotext", "pdftotext-layout", "pdfjs"};

std::string slurp(const fs::path& p) { return read_file(p.string()); }

json check(const std::string& text) { return json::parse(gk::check_json(text)); }

bool is_balance_or_suspect(const std::string& rule) {
  return rule == "T3.BALANCE" || rule == "T3.RESULTS_SUM" || rule == "T3.ROW_SUM" || rule == "T4.GROUP_SUM" ||
         rule == "T3.SUSPECT" || rule == "T4.SUSPECT";
}

// The changed cell is named by a balance (or suspect) error, or its row is declared unread.
bool mutation_caught(const json& result, const json& truth, std::string* why) {
  const json& m = truth.at("mutation");
  const std::string t = m.at("table"), r = m.at("row"), c = m.at("column");
  for (const auto& d : result.value("diagnostics", json::array())) {
    if (d.value("severity", "") != "error" || !is_balance_or_suspect(d.value("rule", ""))) continue;
    for (const auto& x : d.value("cells", json::array()))
      if (x.value("table", "") == t && x.value("row", "") == r && x.value("column", "") == c) return true;
  }
  const Judgement j = judge(result, truth);
  const std::string v = j.verdict;
  const bool row_unread = !v.empty() && v != "checked" && error_names_row(result, t, r);
  // Declared unread (judge() separately requires the changed cell itself to be null, not a number).
  if (row_unread) return true;
  *why = "changed " + t + "/" + r + "/" + c + " (" + m["before"].dump() + " → " + m["after"].dump() +
         ") named by no balance error; verdict \"" + v + "\"\n" + j.detail;
  return false;
}

struct CorpusReport {
  std::string name;
  json truth;
  std::string text;
};

std::vector<CorpusReport> corpus(const fs::path& dir, const std::vector<std::string>& extractions) {
  std::vector<CorpusReport> out;
  if (!fs::is_directory(dir)) return out;
  std::vector<fs::path> truths;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string n = e.path().filename().string();
    if (n.size() > 11 && n.compare(n.size() - 11, 11, ".truth.json") == 0) truths.push_back(e.path());
  }
  std::sort(truths.begin(), truths.end());
  for (const auto& tp : truths) {
    const std::string base = tp.string().substr(0, tp.string().size() - 11);
    const json truth = json::parse(slurp(tp));
    for (const auto& x : extractions) {
      const fs::path txt = base + "." + x + ".txt";
      if (fs::exists(txt)) out.push_back({fs::path(base).filename().string() + "." + x, truth, slurp(txt)});
    }
  }
  return out;
}

// GKCHECK_MATERIAL_DIR: another corpus made by make-pdf-corpus.mjs (e.g. N=2000, outside CI).
const fs::path kPdfCorpus = [] {
  if (const char* e = std::getenv("GKCHECK_MATERIAL_DIR")) return fs::path(e);
  return fs::path(GKCHECK_FIXTURES_DIR) / "generated" / "pdf";
}();

// Judges every report; prints one line per form; asserts no wrong number (silent or flagged: a
// number is read exactly or its row is declared unread), nothing undeclared, and no error on a
// balanced report read exactly.
void judge_all(const std::string& form, const std::vector<CorpusReport>& reps) {
  Tally tally;
  int false_errors = 0;
  std::string false_error_examples;
  std::map<std::string, std::pair<int, int>> by_note;  // feature → (reports, silent or undeclared)
  int plain = 0, plain_bad = 0;
  for (const auto& r : reps) {
    const json result = check(r.text);
    const Judgement j = judge(result, r.truth);
    tally.add(r.name, j, true);
    const bool bad = j.outcome == Outcome::Silent || j.outcome == Outcome::Undeclared;
    const json notes = r.truth.value("notes", json::array());
    plain += notes.empty();
    plain_bad += notes.empty() && bad;
    for (const auto& n : notes) {
      auto& c = by_note[n.get<std::string>()];
      ++c.first;
      c.second += bad;
    }
    const bool balanced = !r.truth.contains("mutation") || r.truth["mutation"].is_null();
    const bool real_errors = r.truth.contains("real_errors") && !r.truth["real_errors"].empty();
    // An error other than PARSE.UNCHECKED: that one says truly that cells were not read, where the
    // truth is blank and a null is as good as a read blank (rows of blank marks run together).
    bool claims = false;
    for (const auto& d : result["diagnostics"])
      claims |= d.value("severity", "") == "error" && d.value("rule", "") != "PARSE.UNCHECKED";
    if (balanced && !real_errors && j.outcome == Outcome::Exact && claims) {
      ++false_errors;
      if (false_error_examples.size() < 1500)
        for (const auto& d : result["diagnostics"])
          if (d.value("severity", "") == "error")
            false_error_examples += "  " + r.name + ": " + d.value("rule", "") + " " + d.value("message", "") + "\n";
    }
  }
  std::cout << "material " << form << ": " << tally.line() << "; " << false_errors << " exact with an error\n";
  std::string ex;
  for (const auto& e : tally.examples) ex += e;
  std::ostringstream features;
  features << "silent or undeclared / reports, by feature of the report:\n    " << plain_bad << " / " << plain
           << "  (no special feature)\n";
  for (const auto& [note, c] : by_note) features << "    " << c.second << " / " << c.first << "  " << note << "\n";
  INFO(form << ": " << tally.line() << "\n" << features.str() << ex);
  CHECK(tally.total() == static_cast<int>(reps.size()));
  CHECK(tally.count(Outcome::Silent) == 0);
  CHECK(tally.count(Outcome::Flagged) == 0);
  CHECK(tally.count(Outcome::Undeclared) == 0);
  INFO(false_error_examples);
  CHECK(false_errors == 0);
}

}  // namespace

TEST_CASE("material: the Chromium-printed PDF corpus is read exactly or honestly in each extraction",
          "[property][material][pdf-corpus]") {
  for (const std::string x : kExtractions) {
    std::vector<CorpusReport> balanced;
    for (auto& r : corpus(kPdfCorpus, {x}))
      if (r.truth["mutation"].is_null()) balanced.push_back(std::move(r));
    INFO("corpus " << kPdfCorpus.string() << " (make it: node tests/tools/make-pdf-corpus.mjs)");
    REQUIRE(balanced.size() >= 30);
    judge_all("pdf corpus, " + x, balanced);
  }
}

TEST_CASE("material: one changed number in the PDF corpus is caught and named in each extraction",
          "[property][material][pdf-corpus]") {
  for (const std::string x : kExtractions) {
    std::vector<CorpusReport> changed;
    for (auto& r : corpus(kPdfCorpus, {x}))
      if (!r.truth["mutation"].is_null()) changed.push_back(std::move(r));
    REQUIRE(changed.size() >= 10);
    judge_all("pdf corpus (one number changed), " + x, changed);
    int missed = 0;
    std::string why_all;
    for (const auto& r : changed) {
      std::string why;
      if (!mutation_caught(check(r.text), r.truth, &why)) {
        ++missed;
        if (why_all.size() < 3000) why_all += r.name + ": " + why;
      }
    }
    std::cout << "material pdf corpus, " << x << ": " << (changed.size() - missed) << " of " << changed.size()
              << " changed numbers caught\n";
    INFO(why_all);
    CHECK(missed == 0);
  }
}

TEST_CASE("material: the real WPS PDFs are read exactly or honestly", "[property][material][real]") {
  const auto reps = corpus(fs::path(GKCHECK_FIXTURES_DIR) / "real", {kExtractions[0], kExtractions[1], kExtractions[2]});
  REQUIRE(reps.size() == 6);
  judge_all("real WPS PDFs", reps);
}

namespace {

std::vector<CorpusReport> fresh(gkgen::Layout layout, int n, bool mutate) {
  std::vector<CorpusReport> out;
  const std::uint64_t s0 = first_seed();
  for (int i = 0; i < n; ++i) {
    const gkgen::Report rep = gkgen::generate(s0 + static_cast<std::uint64_t>(i), layout, {mutate});
    out.push_back({gkgen::repro_command(rep) + " (" + gkgen::join_notes(rep) + ")", json::parse(gkgen::truth_json(rep)),
                   rep.text});
  }
  return out;
}

void fresh_layout(gkgen::Layout layout) {
  const int n = reports_per_layout(600);
  judge_all(gkgen::layout_name(layout), fresh(layout, n, false));
  const auto changed = fresh(layout, std::max(1, n / 2), true);
  judge_all(std::string(gkgen::layout_name(layout)) + " (one number changed)", changed);
  int missed = 0;
  std::string why_all;
  for (const auto& r : changed) {
    std::string why;
    if (!mutation_caught(check(r.text), r.truth, &why)) {
      ++missed;
      if (why_all.size() < 3000) why_all += r.name + ": " + why;
    }
  }
  std::cout << "material " << gkgen::layout_name(layout) << ": " << (changed.size() - missed) << " of "
            << changed.size() << " changed numbers caught\n";
  INFO(why_all);
  CHECK(missed == 0);
}

}  // namespace

TEST_CASE("material: converter-style Markdown (one small table per row group) is read exactly or honestly",
          "[property][material][mdconv]") {
  fresh_layout(gkgen::Layout::MdConv);
}

TEST_CASE("material: separator-less web text (a row's cells run together) is read exactly or honestly",
          "[property][material][nosep]") {
  fresh_layout(gkgen::Layout::NoSep);
}
