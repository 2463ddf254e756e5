// gkcheck: the command-line shell around the core. Reads files (or - for
// standard input), prints compiler-style diagnostics or the JSON result.
// Exit codes: 0 no error, 1 an error diagnostic, 2 could not run.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli_render.h"
#include "gkcheck/check.h"

namespace {

const char* kUsage =
    "用法：gkcheck [选项] 文件…\n"
    "检查政府信息公开工作年度报告的表格勾稽关系与文字表述。\n"
    "  文件          报告的文本文件；- 表示从标准输入读取\n"
    "  --json        输出 JSON 结果（多个文件时每行一个）\n"
    "  --previous 文件  上一年度的报告，用于核对结转数等\n"
    "  -h, --help    显示本说明\n"
    "退出码：0 未发现错误；1 发现错误；2 无法运行（文件无法读取、选项有误）。\n";

bool read_all(const std::string& path, std::string* out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  bool json = false;
  std::string previous_path;
  std::vector<std::string> files;
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
    } else if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "gkcheck: 不认识的选项 %s\n%s", a.c_str(), kUsage);
      return 2;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "gkcheck: 请给出要检查的报告文件（- 表示标准输入）\n%s", kUsage);
    return 2;
  }

  std::string previous;
  if (!previous_path.empty() && !read_all(previous_path, &previous)) {
    std::fprintf(stderr, "gkcheck: 无法读取上一年度报告 %s\n", previous_path.c_str());
    return 2;
  }
  gk::Options options;
  options.previous = previous;

  int status = 0;
  for (const auto& f : files) {
    std::string text;
    if (!read_all(f, &text)) {
      std::fprintf(stderr, "gkcheck: 无法读取文件 %s\n", f.c_str());
      status = 2;
      continue;
    }
    gk::Result r = gk::check(text, options);
    if (json) {
      std::fputs(gk::to_json(r).c_str(), stdout);
      std::fputc('\n', stdout);
    } else {
      std::fputs(gkcli::render_text(f == "-" ? "<stdin>" : f, text, r).c_str(), stdout);
    }
    if (r.count(gk::Severity::Error) > 0 && status == 0) status = 1;
  }
  return status;
}
