// gkcheck: the command-line shell around the core. Reads files, folders (the
// .txt files in them, recursively) or - for standard input, checks them in
// parallel and prints, in the order given, compiler-style diagnostics or the
// JSON result (JSON Lines with a "file" field when there are several).
// Exit codes: 0 no error, 1 an error diagnostic, 2 could not run (a file
// could not be read, a bad option).
#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <csignal>
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

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli_render.h"
#include "input.h"
#include "open_file.h"
#include "output.h"
#include "review_cli.h"
#include "gkcheck/check.h"

namespace fs = std::filesystem;

namespace {

const char* kUsage =
    "用法：gkcheck [选项] 文件或文件夹…\n"
    "检查政府信息公开工作年度报告的表格勾稽关系与文字表述。\n"
    "  文件          报告文件：.txt、.docx、.pdf、.html（按内容识别）；- 表示从标准输入读取\n"
    "  文件夹        检查其中（含子文件夹）所有的 .txt、.docx、.pdf、.html 文件\n"
    "  --text        不检查，只输出从文件中读出的文字（检查的正是这些文字）\n"
    "  --json        输出 JSON 结果；检查多个文件时每行一个（JSON Lines），并带 \"file\" 字段\n"
    "  --previous 文件  上一年度的报告，用于核对结转数等（对每个文件都用它）\n"
    "  -j N, --jobs N   同时检查的文件数（默认为本机的处理器线程数；不超过内存所允许的：\n"
    "                   每个检查最多约用文件大小 32 倍的内存，64 MB 的文件约 2 GB）\n"
    "  -h, --help    显示本说明\n"
    "检查多个文件时，结果按给出的顺序输出，最后在标准错误输出一行汇总。\n"
    "每个文件（含标准输入、管道、设备）最多读取 64 MB，超过即报 INPUT.TOO_LARGE；命名管道或设备\n"
    "超过 30 秒没有数据即放弃（环境变量 GKCHECK_WAIT_SECONDS 可改）。结果无法写出（磁盘已满、\n"
    "标准输出已关闭）时在标准错误说明，退出码为 2。\n"
    "退出码：0 未发现错误；1 发现错误；2 无法运行（有文件无法读取、选项有误）。\n";

// The result for a file over the size limit, in the core's words and shape.
gk::Result too_large_result(std::uintmax_t size, bool at_least) {
  gk::Result r;
  gk::Diagnostic d;
  d.rule = "INPUT.TOO_LARGE";
  d.severity = gk::Severity::Error;
  char mb[32];
  std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(size) / (1024.0 * 1024.0));
  d.message = std::string(at_least ? "文件太大（读到 " : "文件太大（") + mb + (at_least ? " MB 仍未结束" : " MB") + "），超过了 " + std::to_string(gk::kMaxInputBytes / (1024 * 1024)) +
              " MB 的上限，未检查；一份年度报告通常不到 1 MB，请检查是否选错了文件";
  d.location = gk::Location{1, 1, 0, 0, 0, 0};
  r.diagnostics.push_back(d);
  return r;
}

bool is_report_file(const fs::path& p) { return gkcli::is_report_extension(p); }

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
    if (found.empty() && !ec) std::fprintf(stderr, "gkcheck: 文件夹 %s 中没有 .txt 文件，也没有 .docx、.pdf 或 .html 文件\n", a.c_str());
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

Done check_file(const std::string& path, const gk::Options& options, bool json, bool lines, int wait_seconds,
                bool text_only) {
  Done done;
  gkcli::Input in = gkcli::read_input(path, gk::kMaxInputBytes, wait_seconds);
  std::string why = in.why;
  // A .docx, .pdf or .html file becomes the text it holds (chosen by content).
  if (in.kind == gkcli::Input::Kind::Unreadable ||
      (in.kind == gkcli::Input::Kind::Ok &&
       (!gkcli::open_report(path, &in.bytes, &why) || gkcli::looks_binary(in.bytes, &why)))) {
    done.outcome = Outcome::Unreadable;
    done.err = "gkcheck: 无法检查 " + (path == "-" ? std::string("标准输入") : path) + "：" + why + "\n";
    if (json && lines) done.out = "{\"file\":" + json_string(path) + ",\"error\":" + json_string(why) + "}\n";
    return done;
  }
  const bool too_large = in.kind == gkcli::Input::Kind::TooLarge;
  const std::string& text = in.bytes;
  if (text_only && !too_large) {  // --text: the text as read, not checked
    done.out = text.empty() || text.back() == '\n' ? text : text + "\n";
    return done;
  }
  const gk::Result r = too_large ? too_large_result(in.size, in.at_least) : gk::check(text, options);
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
// most a few results wait ahead of the one being printed. When emit returns
// false (the output failed) no more work is started.
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
    if (!emit(i, d)) {
      {
        std::lock_guard<std::mutex> lock(m);
        next = n;
      }
      cv.notify_all();
      break;
    }
  }
  for (auto& t : pool) t.join();
}

// The most one check can take at the size limit (measured by `gkbench
// memory-kinds` and guarded by the memory test of tests/unit/test_limits.cpp:
// at most this many resident bytes per input byte, the input itself
// included): 16, the largest kind measured at 15.1 (invalid_utf8).
constexpr std::size_t kPeakBytesPerInputByte = 16;
std::size_t peak_bytes_per_check() { return gk::kMaxInputBytes * kPeakBytesPerInputByte; }

unsigned max_jobs_for_memory() {
  const long pages = ::sysconf(_SC_PHYS_PAGES), page = ::sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page <= 0) return 1;
  const unsigned long long phys = static_cast<unsigned long long>(pages) * static_cast<unsigned long long>(page);
  return static_cast<unsigned>(std::max<unsigned long long>(1, std::min<unsigned long long>(9999, phys / peak_bytes_per_check())));
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
  bool json = false, text_only = false;
  std::string previous_path;
  std::vector<std::string> args;
  gkcli::ReviewCliOptions review;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--json") {
      json = true;
    } else if (a == "--text") {
      text_only = true;
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

  // Nothing is read before this: with standard output closed, the first file
  // opened would take its descriptor.
  if (!gkcli::stdout_is_open()) {
    std::fprintf(stderr, "gkcheck: 标准输出已关闭，结果无处输出，未检查\n");
    return 2;
  }
  // The same for standard input, when it is to be read: a file opened by
  // another thread would otherwise be read as "-".
  if (std::count(args.begin(), args.end(), "-") > 0 && ::fcntl(0, F_GETFD) == -1) {
    std::fprintf(stderr, "gkcheck: 标准输入已关闭，无法读取 -\n");
    return 2;
  }
  std::signal(SIGPIPE, SIG_IGN);  // a reader that has gone is a write error (EPIPE), said and exit 2
  const int wait_seconds = gkcli::wait_seconds_from_env();

  std::string previous;
  if (!previous_path.empty()) {
    gkcli::Input p = gkcli::read_input(previous_path, gk::kMaxInputBytes, wait_seconds);
    if (p.kind != gkcli::Input::Kind::Ok) {
      const std::string why = p.kind == gkcli::Input::Kind::TooLarge
                                  ? "文件太大，超过了 " + std::to_string(gk::kMaxInputBytes / (1024 * 1024)) + " MB 的上限"
                                  : p.why;
      std::fprintf(stderr, "gkcheck: 无法读取上一年度报告 %s：%s\n", previous_path.c_str(), why.c_str());
      return 2;
    }
    std::string why;
    if (!gkcli::open_report(previous_path, &p.bytes, &why)) {
      std::fprintf(stderr, "gkcheck: 无法读取上一年度报告 %s：%s\n", previous_path.c_str(), why.c_str());
      return 2;
    }
    previous = std::move(p.bytes);
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
  // Each check may take up to kPeakBytesPerInputByte per input byte at the
  // size limit: no more checks at once than the machine's memory holds.
  const unsigned mem_jobs = max_jobs_for_memory();
  if (jobs > mem_jobs) {
    std::fprintf(stderr, "gkcheck: 本机内存只够同时检查 %u 个文件（每个最多约 %zu MB），-j 改为 %u\n", mem_jobs,
                 peak_bytes_per_check() / (1024 * 1024), mem_jobs);
    jobs = mem_jobs;
  }
  const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));
  gkcli::Output out(stdout);
  run_in_order(
      files.size(), threads,
      [&](std::size_t i) { return check_file(files[i], options, json, batch, wait_seconds, text_only); },
      [&](std::size_t i, const Done& d) {
        ++count[static_cast<int>(d.outcome)];
        if (!d.err.empty()) {
          out.flush();
          std::fputs(d.err.c_str(), stderr);
        }
        if (!out.write(d.out)) {
          std::fputs(gkcli::output_failure_message(out.why()).c_str(), stderr);
          if (batch) {
            std::fprintf(stderr, "gkcheck: 写出 %s 的结果时失败，其后的文件没有检查\n", files[i].c_str());
          }
          return false;
        }
        return true;
      });
  if (out.failed()) return 2;
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
