// Generated reports printed to PDF by Chromium (gkgen --layout print, tests/browser/readback-files.mjs)
// that the layout analysis once read only in part, kept as files with their truth
// (tests/fixtures/generated/pdf-files/, README there): each is read by poppler and
// readers/src/pdf_layout.cpp exactly, every cell; a changed number (the 3000xx seeds) is named by an
// error, a balanced report has none. The page reads the same files through PDF.js
// (tests/wasm/readers.test.mjs).
#include <catch2/catch.hpp>

#include <filesystem>

#include "gkcheck/check.h"
#include "gkread/read.h"
#include "judge.h"
#include "support.h"

namespace fs = std::filesystem;
using nlohmann::json;

TEST_CASE("pdf files: the generated PDFs the layout once misread are read exactly, every cell", "[property][pdf-files]") {
  const fs::path dir = fs::path(GKCHECK_FIXTURES_DIR) / "generated" / "pdf-files";
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".pdf") continue;
    ++files;
    const std::string seed = e.path().stem().string();
    const gkread::Read read = gkread::read_pdf(gkprop::read_file(e.path().string()));
    INFO(seed << " " << read.error);
    REQUIRE(read.ok);
    const json result = json::parse(gk::check_json(read.text));
    const json truth = json::parse(gkprop::read_file((dir / (seed + ".truth.json")).string()));
    const gkprop::Judgement j = gkprop::judge(result, truth);
    INFO(j.detail);
    CHECK(j.outcome == gkprop::Outcome::Exact);
    if (truth.contains("mutation") && truth["mutation"].is_object()) {
      const json& m = truth["mutation"];
      CHECK(gkprop::error_names_cell(result, m["table"], m["row"], m["column"]));
    } else {
      CHECK(!j.has_error);
    }
  }
  CHECK(files == 9);
}
