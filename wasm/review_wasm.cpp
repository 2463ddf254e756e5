// The reviewer's batch at the WebAssembly boundary (embind): a Review holds
// the batch's names and texts (bytes copied in by post.js), runs gk::review
// and keeps its JSON and its two CSV tables for post.js to decode. post.js
// turns it into
//
//   gk.review([{name, text, summary}], {pairYears, copyCheck, units})
//     -> {json, csvReports, csvDiagnostics}   (json: gk::review_json)
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "gkcheck/review.h"

namespace {

struct Batch {
  std::vector<std::string> names, texts;
  std::vector<bool> summary;
  std::vector<std::string> units;
  std::string json, csv_reports, csv_diagnostics;
};

}  // namespace

// The one place where the review's C++ exceptions are caught (cmake/Wasm.cmake:
// EXCEPTION_CATCHING_ALLOWED). 0: done; 1: an exception, its message in json; 2: no memory.
extern "C" __attribute__((noinline)) int gk_wasm_review(Batch* b, int pair_years, int copy_check) {
  try {
    std::vector<gk::ReviewReport> batch;
    for (std::size_t i = 0; i < b->texts.size(); ++i) batch.push_back({b->names[i], b->texts[i], b->summary[i]});
    gk::ReviewOptions o;
    o.pair_years = pair_years != 0;
    o.copy_check = copy_check != 0;
    o.expected_units = b->units;
    const gk::ReviewResult rv = gk::review(batch, o);
    b->json = gk::review_json(rv);
    b->csv_reports = gk::review_csv_reports(rv);
    b->csv_diagnostics = gk::review_csv_diagnostics(rv);
    return 0;
  } catch (const std::exception& e) {
    try {
      b->json = std::string("gkcheck: ") + e.what();
      return 1;
    } catch (...) {
      return 2;
    }
  } catch (...) {
    try {
      b->json = "gkcheck: internal error";
      return 1;
    } catch (...) {
      return 2;
    }
  }
}

namespace {

emscripten::val view(const std::string& s) {
  return emscripten::val(emscripten::typed_memory_view(s.size(), reinterpret_cast<const unsigned char*>(s.data())));
}

class Review {
 public:
  void add(std::uintptr_t name, std::size_t name_len, std::uintptr_t text, std::size_t text_len, bool summary) {
    b_.names.emplace_back(reinterpret_cast<const char*>(name), name_len);
    b_.texts.emplace_back(reinterpret_cast<const char*>(text), text_len);
    b_.summary.push_back(summary);
  }
  void expect(std::uintptr_t unit, std::size_t len) { b_.units.emplace_back(reinterpret_cast<const char*>(unit), len); }
  int run(bool pair_years, bool copy_check) { return gk_wasm_review(&b_, pair_years, copy_check); }
  emscripten::val json() const { return view(b_.json); }
  emscripten::val csvReports() const { return view(b_.csv_reports); }
  emscripten::val csvDiagnostics() const { return view(b_.csv_diagnostics); }

 private:
  Batch b_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(gkcheck_review) {
  emscripten::class_<Review>("Review")
      .constructor<>()
      .function("add", &Review::add)
      .function("expect", &Review::expect)
      .function("run", &Review::run)
      .function("json", &Review::json)
      .function("csvReports", &Review::csvReports)
      .function("csvDiagnostics", &Review::csvDiagnostics);
}
