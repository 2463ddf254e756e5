// gkcheck DIR… as a reviewer's batch: the files read and checked in
// parallel, then reviewed together by the core (gk::review): pairs of years,
// copied prose, a summary against its parts, the units with no report; the
// results in the order given, as JSON Lines (with "file", "paired_with",
// "figures", "problems") or as text, and the two CSV tables.
#include "review_cli.h"

#include "input.h"
#include "open_file.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli_render.h"
#include "gkcheck/review.h"
#include "gkread/read.h"

namespace fs = std::filesystem;

namespace gkcli {

const char* kReviewUsage =
    "批量审核（给出多个文件或文件夹时）：\n"
    "  --pair-years     把同一单位上一年度的报告与本年度的配对核对（默认：批次中有相邻两个年度时即配对）\n"
    "  --no-pair-years  不配对\n"
    "  --no-copy-check  不检查与上年报告的内容雷同\n"
    "  --summary 文件   这份是汇总报告：表三、表四的每一格与批次中同年度其他报告之和核对\n"
    "  --units 文件     今年应当发布报告的单位名单（每行一个），列出没有报告的单位\n"
    "  --csv 输出.csv   写出报告一览表（输出.csv）和全部问题清单（输出.diagnostics.csv），UTF-8 带 BOM\n";

int review_option(int argc, char** argv, int& i, ReviewCliOptions& o) {
  const std::string a = argv[i];
  auto value = [&](std::string* out, const char* what) {
    if (i + 1 >= argc) {
      std::fprintf(stderr, "gkcheck: %s 后面需要给出%s\n", a.c_str(), what);
      return -1;
    }
    *out = argv[++i];
    o.explicit_review = true;
    return 1;
  };
  if (a == "--pair-years") {
    o.pair_years = true;
    o.explicit_review = true;
    return 1;
  }
  if (a == "--no-pair-years") {
    o.pair_years = false;
    return 1;
  }
  if (a == "--no-copy-check") {
    o.copy_check = false;
    return 1;
  }
  if (a == "--summary") return value(&o.summary, "汇总报告的文件名");
  if (a == "--csv") {
    const int r = value(&o.csv, "CSV 输出文件名，例如 --csv 审核.csv");
    // `gkcheck --csv a.pdf b.pdf` would write over a.pdf: the name must say it is a CSV.
    std::string ext = o.csv.size() >= 4 ? o.csv.substr(o.csv.size() - 4) : "";
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (r == 1 && ext != ".csv") {
      std::fprintf(stderr, "gkcheck: --csv 后面应是要写出的 .csv 文件名（现为 %s，没有写出，以免覆盖它）；例如 --csv 审核.csv\n",
                   o.csv.c_str());
      return -1;
    }
    return r;
  }
  if (a == "--units") return value(&o.units, "单位名单文件（每行一个单位）");
  return 0;
}

namespace {

struct FileText {
  std::string text;
  std::string error;  // why it was not read
};

// The file's text as the single-file check reads it: bounded (cli/input.h),
// a .docx, .pdf or .html file through the readers (cli/open_file.h).
FileText read_file_text(const std::string& path) {
  FileText in;
  gkcli::Input raw = gkcli::read_input(path, gk::kMaxInputBytes, gkcli::wait_seconds_from_env());
  if (raw.kind == gkcli::Input::Kind::TooLarge) {
    in.error = "文件太大，超过了 " + std::to_string(gk::kMaxInputBytes / (1024 * 1024)) + " MB 的上限";
    return in;
  }
  if (raw.kind == gkcli::Input::Kind::Unreadable) {
    in.error = raw.why;
    return in;
  }
  if (!gkcli::open_report(path, &raw.bytes, &in.error) || gkcli::looks_binary(raw.bytes, &in.error)) return in;
  in.text = std::move(raw.bytes);
  return in;
}

// The text a .docx or PDF begins with, as read (a PDF's first page only): what review_title needs.
// Empty when it cannot be read (the check says why).
std::string file_title_text(const std::string& path, gkread::Kind kind) {
  const gkcli::Input raw = gkcli::read_input(path, gk::kMaxInputBytes, gkcli::wait_seconds_from_env());
  if (raw.kind != gkcli::Input::Kind::Ok) return {};
  const gkread::Read r = kind == gkread::Kind::Pdf ? gkread::read_pdf(raw.bytes, 1) : gkread::read_docx(raw.bytes);
  return r.ok ? r.text : std::string();
}

std::string json_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Runs f(i) for i in [0, n) on `threads` threads.
template <class F>
void parallel_for(std::size_t n, unsigned threads, F f) {
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::max(1u, threads); ++t)
    pool.emplace_back([&] {
      for (std::size_t i; (i = next++) < n;) f(i);
    });
  for (auto& t : pool) t.join();
}

std::string diagnostics_path(const std::string& csv) {
  if (csv.size() > 4 && csv.compare(csv.size() - 4, 4, ".csv") == 0) return csv.substr(0, csv.size() - 4) + ".diagnostics.csv";
  return csv + ".diagnostics.csv";
}

bool write_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  out.close();
  if (!out) {
    std::fprintf(stderr, "gkcheck: 无法写入 %s\n", path.c_str());
    return false;
  }
  return true;
}

}  // namespace

bool review_wanted(const std::vector<std::string>& files, const ReviewCliOptions& o) {
  if (o.explicit_review) return true;
  if (!o.pair_years) return false;
  // Two consecutive years of one agency: pairing is on by default.
  std::vector<std::pair<std::string, int>> seen;
  for (const std::string& f : files) {
    std::error_code ec;
    if (f == "-" || !fs::is_regular_file(f, ec)) continue;  // a FIFO or device is read once, by the check
    std::ifstream in(f, std::ios::binary);
    std::string head(4096, '\0');
    in.read(&head[0], static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const gkread::Kind kind = gkread::sniff(head, f);
    if (kind == gkread::Kind::Pdf || kind == gkread::Kind::Docx) head = file_title_text(f, kind);
    else if (head.find('\0') != std::string::npos) continue;
    const gk::Meta m = gk::review_title(head);
    if (!m.agency || !m.year) continue;
    const std::string key = gk::review_unit_key(*m.agency);
    for (const auto& [k, year] : seen)
      if ((year == *m.year - 1 || year == *m.year + 1) && gk::review_same_unit(key, k)) return true;
    seen.emplace_back(key, *m.year);
  }
  return false;
}

int run_review(std::vector<std::string> files, const ReviewCliOptions& o, bool json, unsigned jobs) {
  // The summary is one of the files (the same file, however it is written), or added to them.
  auto same_file = [](const std::string& a, const std::string& b) {
    std::error_code ec;
    return a == b || fs::equivalent(a, b, ec);
  };
  std::size_t summary_at = SIZE_MAX;
  if (!o.summary.empty()) {
    for (std::size_t i = 0; i < files.size() && summary_at == SIZE_MAX; ++i)
      if (same_file(files[i], o.summary)) summary_at = i;
    if (summary_at == SIZE_MAX) {
      summary_at = files.size();
      files.push_back(o.summary);
    }
  }
  if (std::find(files.begin(), files.end(), "-") != files.end()) {
    std::fprintf(stderr, "gkcheck: 批量审核时不能从标准输入（-）读取，请给出文件\n");
    return 2;
  }
  gk::ReviewOptions options;
  options.pair_years = o.pair_years;
  options.copy_check = o.copy_check;
  if (!o.units.empty()) {
    const FileText u = read_file_text(o.units);
    if (!u.error.empty()) {
      std::fprintf(stderr, "gkcheck: 无法读取单位名单 %s：%s\n", o.units.c_str(), u.error.c_str());
      return 2;
    }
    std::size_t b = 0;
    while (b <= u.text.size()) {
      std::size_t e = u.text.find('\n', b);
      if (e == std::string::npos) e = u.text.size();
      std::string line = u.text.substr(b, e - b);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
      std::size_t s = line.find_first_not_of(" \t");
      if (line.rfind("\xEF\xBB\xBF", 0) == 0) line = line.substr(3), s = line.find_first_not_of(" \t");
      if (s != std::string::npos) options.expected_units.push_back(line.substr(s));
      b = e + 1;
    }
    if (options.expected_units.empty()) {
      std::fprintf(stderr, "gkcheck: 单位名单 %s 是空的\n", o.units.c_str());
      return 2;
    }
  }

  // Read and check each file, in parallel.
  std::vector<FileText> inputs(files.size());
  std::vector<gk::Result> first(files.size());
  parallel_for(files.size(), std::min<unsigned>(jobs, static_cast<unsigned>(files.size())), [&](std::size_t i) {
    inputs[i] = read_file_text(files[i]);
    if (inputs[i].error.empty()) first[i] = gk::check(inputs[i].text);
  });
  std::vector<gk::ReviewReport> batch;
  std::vector<gk::Result> checked;
  std::vector<std::size_t> slot(files.size(), SIZE_MAX);  // file → batch index
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!inputs[i].error.empty()) continue;
    slot[i] = batch.size();
    batch.push_back({files[i], inputs[i].text, i == summary_at});
    checked.push_back(std::move(first[i]));
  }
  const gk::ReviewResult rv = gk::review(batch, options, std::move(checked));

  std::size_t errors = 0, warnings = 0, unreadable = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (slot[i] == SIZE_MAX) {
      ++unreadable;
      std::fflush(stdout);
      std::fprintf(stderr, "gkcheck: 无法检查 %s：%s\n", files[i].c_str(), inputs[i].error.c_str());
      if (json) std::printf("{\"file\":%s,\"error\":%s}\n", json_string(files[i]).c_str(), json_string(inputs[i].error).c_str());
      continue;
    }
    const gk::ReviewEntry& e = rv.entries[slot[i]];
    const bool failed = e.result.count(gk::Severity::Error) > 0 || e.result.verdict != gk::Verdict::Checked;
    errors += failed;
    warnings += !failed && e.result.count(gk::Severity::Warning) > 0;
    const std::string out = json ? gk::review_entry_json(rv, slot[i]) + "\n" : render_text(files[i], inputs[i].text, e.result);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  std::fflush(stdout);

  std::size_t pairs = 0;
  for (const auto& e : rv.entries)
    if (e.paired_with) {
      ++pairs;
      std::fprintf(stderr, "配对：%s ← 上一年度 %s\n", e.name.c_str(), rv.entries[*e.paired_with].name.c_str());
    }
  if (rv.year && (!rv.missing.empty() || !options.expected_units.empty() || pairs > 0)) {
    std::fprintf(stderr, "%d 年度尚未发布报告的单位 %zu 个%s", *rv.year, rv.missing.size(), rv.missing.empty() ? "\n" : "：");
    for (std::size_t k = 0; k < rv.missing.size(); ++k)
      std::fprintf(stderr, "%s%s", k ? "、" : "", rv.missing[k].unit.c_str());
    if (!rv.missing.empty()) std::fputs("\n", stderr);
  }
  bool write_failed = false;
  if (!o.csv.empty()) {
    write_failed = !write_file(o.csv, gk::review_csv_reports(rv)) ||
                   !write_file(diagnostics_path(o.csv), gk::review_csv_diagnostics(rv));
  }
  std::fprintf(stderr, "共检查 %zu 个文件：有错误 %zu 个，仅有提醒 %zu 个，无法读取 %zu 个；配对 %zu 对\n", files.size(), errors,
               warnings, unreadable, pairs);
  if (unreadable > 0 || write_failed) return 2;
  return errors > 0 ? 1 : 0;
}

}  // namespace gkcli
