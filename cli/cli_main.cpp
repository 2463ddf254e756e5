// gkcheck: the command-line shell around the core. Reads files, folders (the
// .txt files in them, recursively) or - for standard input, checks them in
// parallel and prints, in the order given, compiler-style diagnostics or the
// JSON result (JSON Lines with a "file" field when there are several).
// Exit codes: 0 no error, 1 an error diagnostic, 2 could not run (a file
// could not be read, a bad option).
#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_render.h"
#include "review_cli.h"
#include "gkcheck/check.h"

namespace fs = std::filesystem;

namespace {

const char* kUsage =
    "用法：gkcheck [选项] 文件或文件夹…\n"
    "检查政府信息公开工作年度报告的表格勾稽关系与文字表述。\n"
    "  文件          报告的文本文件；- 表示从标准输入读取\n"
    "  文件夹        检查其中（含子文件夹）所有的 .txt 文件\n"
    "  --json        输出 JSON 结果；检查多个文件时每行一个（JSON Lines），并带 \"file\" 字段\n"
    "  --previous 文件  上一年度的报告，用于核对结转数等（对每个文件都用它）\n"
    "  -j N, --jobs N   同时检查的文件数（默认为本机的处理器线程数）\n"
    "  -h, --help    显示本说明\n"
    "检查多个文件时，结果按给出的顺序输出，最后在标准错误输出一行汇总。\n"
    "退出码：0 未发现错误；1 发现错误；2 无法运行（有文件无法读取、选项有误）。\n";

// Reads a whole file (or standard input for "-"). On failure returns false
// and says why, in Chinese. A file over the core's limit is not read:
// *too_large gets its size.
bool read_all(const std::string& path, std::string* out, std::string* why, std::uintmax_t* too_large) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    if (std::cin.bad()) {
      *why = "读取标准输入时出错";
      return false;
    }
    if (out->size() > gk::kMaxInputBytes) *too_large = out->size();
    return true;
  }
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    *why = "文件不存在";
    return false;
  }
  if (fs::is_directory(st)) {
    *why = "这是一个文件夹";
    return false;
  }
  if (fs::is_regular_file(st)) {
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > gk::kMaxInputBytes) {
      *too_large = size;
      return true;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *why = "无法打开（没有读取权限？）";
    return false;
  }
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *why = "读取时出错";
    return false;
  }
  if (out->size() > gk::kMaxInputBytes) *too_large = out->size();
  return true;
}

// A binary file (or a UTF-16 text) is not a report to check: says why.
bool looks_binary(std::string_view text, std::string* why) {
  if (text.size() >= 2 && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff'))) {
    *why = "是 UTF-16 编码的文本，请另存为 UTF-8 后再检查";
    return true;
  }
  if (text.substr(0, 8192).find('\0') != std::string_view::npos) {
    *why = "不是文本文件（含有空字节），已跳过";
    return true;
  }
  return false;
}

// The result for a file over the size limit, in the core's words and shape.
gk::Result too_large_result(std::uintmax_t size) {
  gk::Result r;
  gk::Diagnostic d;
  d.rule = "INPUT.TOO_LARGE";
  d.severity = gk::Severity::Error;
  char mb[32];
  std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(size) / (1024.0 * 1024.0));
  d.message = std::string("文件太大（") + mb + " MB），超过了 " + std::to_string(gk::kMaxInputBytes / (1024 * 1024)) +
              " MB 的上限，未检查；一份年度报告通常不到 1 MB，请检查是否选错了文件";
  d.location = gk::Location{1, 1, 0, 0, 0, 0};
  r.diagnostics.push_back(d);
  return r;
}

bool is_report_file(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt";
}

// The files to check, in order: each argument as given; a folder's .txt
// files in name order (hidden files and folders left out). Complains about
// an empty folder.
std::vector<std::string> expand(const std::vector<std::string>& args, bool* any_dir, bool* problem) {
  std::vector<std::string> files;
  for (const auto& a : args) {
    std::error_code ec;
    if (a == "-" || !fs::is_directory(a, ec)) {
      files.push_back(a);
      continue;
    }
    *any_dir = true;
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && is_report_file(p)) found.push_back(p.string());
    }
    if (ec) {
      std::fprintf(stderr, "gkcheck: 读取文件夹 %s 时出错：%s\n", a.c_str(), ec.message().c_str());
      *problem = true;
    }
    if (found.empty() && !ec) std::fprintf(stderr, "gkcheck: 文件夹 %s 中没有 .txt 文件\n", a.c_str());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

enum class Outcome { Clean, Warnings, Errors, Unreadable };

// What checking one file gives: the text for standard output and for
// standard error, printed in input order by the main thread.
struct Done {
  Outcome outcome = Outcome::Clean;
  std::string out;
  std::string err;
};

std::string json_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Done check_file(const std::string& path, const gk::Options& options, bool json, bool lines) {
  Done done;
  std::string text, why;
  std::uintmax_t too_large = 0;
  if (!read_all(path, &text, &why, &too_large) || (!too_large && looks_binary(text, &why))) {
    done.outcome = Outcome::Unreadable;
    done.err = "gkcheck: 无法检查 " + path + "：" + why + "\n";
    if (json && lines) done.out = "{\"file\":" + json_string(path) + ",\"error\":" + json_string(why) + "}\n";
    return done;
  }
  const gk::Result r = too_large ? too_large_result(too_large) : gk::check(text, options);
  if (json) {
    const std::string j = gk::to_json(r);
    // JSON Lines: the file first, then the result's own fields.
    done.out = lines ? "{\"file\":" + json_string(path) + "," + j.substr(1) + "\n" : j + "\n";
  } else {
    done.out = gkcli::render_text(path == "-" ? "<stdin>" : path, too_large ? std::string_view() : text, r);
  }
  // "No error" is said only of a report checked in full (json-output.md).
  const bool failed = r.count(gk::Severity::Error) > 0 || r.verdict != gk::Verdict::Checked;
  done.outcome = failed                               ? Outcome::Errors
                 : r.count(gk::Severity::Warning) > 0 ? Outcome::Warnings
                                                      : Outcome::Clean;
  return done;
}

// Runs work(i) for i in [0, n) on `threads` threads and hands each result to
// emit(i, done) in order of i, as soon as it and all before it are done. At
// most a few results wait ahead of the one being printed.
template <class Work, class Emit>
void run_in_order(std::size_t n, unsigned threads, Work work, Emit emit) {
  std::vector<std::optional<Done>> slots(n);
  std::mutex m;
  std::condition_variable cv;
  std::size_t next = 0, emitted = 0;
  const std::size_t window = static_cast<std::size_t>(threads) * 4;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(m);
        cv.wait(lock, [&] { return next >= n || next < emitted + window; });
        if (next >= n) return;
        i = next++;
      }
      Done d = work(i);
      {
        std::lock_guard<std::mutex> lock(m);
        slots[i] = std::move(d);
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::size_t i = 0; i < n; ++i) {
    Done d;
    {
      std::unique_lock<std::mutex> lock(m);
      cv.wait(lock, [&] { return slots[i].has_value(); });
      d = std::move(*slots[i]);
      slots[i].reset();
      emitted = i + 1;
    }
    cv.notify_all();
    emit(i, d);
  }
  for (auto& t : pool) t.join();
}

bool parse_jobs(const std::string& s, unsigned* jobs) {
  if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  const int v = std::stoi(s);
  if (v < 1) return false;
  *jobs = static_cast<unsigned>(v);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  bool json = false;
  std::string previous_path;
  std::vector<std::string> args;
  gkcli::ReviewCliOptions review;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--json") {
      json = true;
    } else if (a == "--previous") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "gkcheck: --previous 后面需要给出上一年度报告的文件名\n");
        return 2;
      }
      previous_path = argv[++i];
    } else if (a == "-j" || a == "--jobs" || (a.rfind("-j", 0) == 0 && a.size() > 2) || a.rfind("--jobs=", 0) == 0) {
      std::string v = a == "-j" || a == "--jobs" ? (i + 1 < argc ? argv[++i] : "")
                      : a[1] == 'j'               ? a.substr(2)
                                                  : a.substr(7);
      if (!parse_jobs(v, &jobs)) {
        std::fprintf(stderr, "gkcheck: %s 后面需要给出同时检查的文件数（正整数），例如 -j 4\n", a.c_str());
        return 2;
      }
    } else if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      std::fputs(gkcli::kReviewUsage, stdout);
      return 0;
    } else if (const int taken = gkcli::review_option(argc, argv, i, review); taken != 0) {
      if (taken < 0) return 2;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "gkcheck: 不认识的选项 %s\n%s", a.c_str(), kUsage);
      return 2;
    } else {
      args.push_back(a);
    }
  }
  if (args.empty()) {
    std::fprintf(stderr, "gkcheck: 请给出要检查的报告文件（- 表示标准输入）\n%s", kUsage);
    return 2;
  }
  if (std::count(args.begin(), args.end(), "-") > 1) {
    std::fprintf(stderr, "gkcheck: 标准输入（-）只能读取一次\n");
    return 2;
  }

  std::string previous, why;
  std::uintmax_t previous_too_large = 0;
  if (!previous_path.empty() && (!read_all(previous_path, &previous, &why, &previous_too_large) || previous_too_large)) {
    if (previous_too_large) why = "文件太大，超过了 " + std::to_string(gk::kMaxInputBytes / (1024 * 1024)) + " MB 的上限";
    std::fprintf(stderr, "gkcheck: 无法读取上一年度报告 %s：%s\n", previous_path.c_str(), why.c_str());
    return 2;
  }
  gk::Options options;
  options.previous = previous;

  bool any_dir = false, problem = false;
  const std::vector<std::string> files = expand(args, &any_dir, &problem);
  // One file named on its own: exactly the JSON of json-output.md, no summary.
  const bool batch = files.size() != 1 || any_dir;
  if (files.empty()) {
    std::fprintf(stderr, "gkcheck: 没有要检查的文件\n");
    return 2;
  }

  // A reviewer's batch (pairs of years, copied prose, a summary): review_cli.cpp.
  if ((batch || review.explicit_review) && gkcli::review_wanted(files, review))
    return gkcli::run_review(files, review, json, jobs);

  std::size_t count[4] = {0, 0, 0, 0};
  const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));
  run_in_order(
      files.size(), threads, [&](std::size_t i) { return check_file(files[i], options, json, batch); },
      [&](std::size_t, const Done& d) {
        ++count[static_cast<int>(d.outcome)];
        if (!d.err.empty()) {
          std::fflush(stdout);
          std::fputs(d.err.c_str(), stderr);
        }
        std::fwrite(d.out.data(), 1, d.out.size(), stdout);
      });
  std::fflush(stdout);

  const std::size_t errors = count[static_cast<int>(Outcome::Errors)];
  const std::size_t warnings = count[static_cast<int>(Outcome::Warnings)];
  const std::size_t unreadable = count[static_cast<int>(Outcome::Unreadable)];
  if (batch) {
    std::fprintf(stderr, "共检查 %zu 个文件：有错误 %zu 个，仅有提醒 %zu 个，无法读取 %zu 个\n", files.size(), errors, warnings,
                 unreadable);
  }
  if (unreadable > 0 || problem) return 2;
  return errors > 0 ? 1 : 0;
}
