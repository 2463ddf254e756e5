// The command line, run as a user runs it: one file (exactly the JSON of
// json-output.md), many files and folders in parallel (JSON Lines in input
// order, the summary, exit codes), bad options, unreadable and binary files,
// a file over the size limit, a huge line; FIFOs, devices, endless standard
// input, read errors and output that cannot be written.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include "cli_support.h"

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

using gktest::gkcheck;
using gktest::quote;
using gktest::Run;
using gktest::Scratch;

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

const std::string kSeed0 = "000_f73872ecfdfa0a4c";

// Seed 000 with one number of table 三 changed: a balance error.
std::string broken_seed() {
  return gktest::replace_once(gktest::seed(kSeed0), "一、本年新收政府信息公开申请数量\t\t6\t0\t0\t0\t0\t0\t6",
                              "一、本年新收政府信息公开申请数量\t\t6\t0\t0\t0\t0\t0\t7");
}

}  // namespace

TEST_CASE("cli: one file with --json prints exactly the core's JSON, nothing added", "[cli]") {
  Scratch s;
  for (const auto& name : gktest::seed_names()) {
    const std::string text = gktest::seed(name);
    const std::string f = s.write(name + ".txt", text);
    Run r = gkcheck({"--json", f}, s);
    CHECK(r.out == gk::check_json(text) + "\n");
    CHECK(r.err.empty());  // no summary for one file
    CHECK(r.code == (gk::check(text).count(gk::Severity::Error) ? 1 : 0));
  }
  SECTION("standard input gives the same") {
    const std::string f = s.write("in.txt", gktest::seed(kSeed0));
    Run r = gkcheck({"--json", "-"}, s, f);
    CHECK(r.out == gk::check_json(gktest::seed(kSeed0)) + "\n");
  }
}

TEST_CASE("cli: a folder is checked recursively, in parallel, with JSON Lines in name order", "[cli]") {
  Scratch s;
  for (const auto& name : gktest::seed_names()) s.write("reports/" + name + ".txt", gktest::seed(name));
  s.write("reports/sub/zz_broken.txt", broken_seed());
  s.write("reports/sub/notes.md", "# not a report\n");          // not .txt: left out
  s.write("reports/.hidden/x.txt", gktest::seed(kSeed0));         // hidden: left out
  s.write("reports/sub/picture.TXT", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));  // binary: skipped

  Run r = gkcheck({"--json", "-j", "3", s.path("reports")}, s);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 7);
  std::vector<std::string> files;
  for (const auto& l : lines) {
    Json j = Json::parse(l);
    REQUIRE(j.begin().key() == "file");  // the file comes first
    files.push_back(j["file"]);
    if (j.contains("error")) continue;
    // The rest is the single-file JSON, byte for byte.
    const std::string text = gktest::read_file(j["file"]);
    j.erase("file");
    CHECK(j.dump() == Json::parse(gk::check_json(text)).dump());
  }
  std::vector<std::string> sorted = files;
  std::sort(sorted.begin(), sorted.end());
  CHECK(files == sorted);
  CHECK(files[5] == s.path("reports/sub/picture.TXT"));
  CHECK(Json::parse(lines[5])["error"].get<std::string>().find("不是文本文件") != std::string::npos);
  CHECK(files[6] == s.path("reports/sub/zz_broken.txt"));

  // The summary ends standard error; a file that could not be read makes it 2.
  const auto err = lines_of(r.err);
  REQUIRE_FALSE(err.empty());
  std::size_t warned = 0;
  for (const auto& name : gktest::seed_names()) {
    const gk::Result res = gk::check(gktest::seed(name));
    warned += res.count(gk::Severity::Error) == 0 && res.count(gk::Severity::Warning) > 0;
  }
  CHECK(err.back() == "共检查 7 个文件：有错误 1 个，仅有提醒 " + std::to_string(warned) + " 个，无法读取 1 个");
  CHECK(r.err.find("无法检查 " + s.path("reports/sub/picture.TXT")) != std::string::npos);
  CHECK(r.code == 2);

  SECTION("the same output with one thread or many") {
    Run one = gkcheck({"--json", "-j1", s.path("reports")}, s);
    Run many = gkcheck({"--json", "--jobs=8", s.path("reports")}, s);
    CHECK(one.out == r.out);
    CHECK(many.out == r.out);
  }
  SECTION("text output: file:line:column for the broken report, exit 1 without the binary") {
    fs::remove(s.path("reports/sub/picture.TXT"));
    Run t = gkcheck({s.path("reports")}, s);
    CHECK(t.code == 1);
    CHECK(t.out.find(s.path("reports/sub/zz_broken.txt") + ":") != std::string::npos);
    CHECK(t.out.find("[T3.") != std::string::npos);
    CHECK(lines_of(t.err).back().rfind("共检查 6 个文件：有错误 1 个，", 0) == 0);
  }
}

TEST_CASE("cli: several files named one by one are a batch too, exit codes 0, 1, 2", "[cli]") {
  Scratch s;
  const std::string good = s.write("good.txt", gktest::seed("002_63a9a15d935c0946"));
  const std::string bad = s.write("bad.txt", broken_seed());
  const bool good_has_error = gk::check(gktest::seed("002_63a9a15d935c0946")).count(gk::Severity::Error) > 0;
  REQUIRE_FALSE(good_has_error);

  Run both = gkcheck({"--json", bad, good}, s);
  auto lines = lines_of(both.out);
  REQUIRE(lines.size() == 2);
  CHECK(Json::parse(lines[0])["file"] == bad);  // the order given, not sorted
  CHECK(Json::parse(lines[1])["file"] == good);
  CHECK(both.code == 1);

  CHECK(gkcheck({good, good}, s).code == 0);
  Run missing = gkcheck({good, s.path("missing.txt")}, s);
  CHECK(missing.code == 2);
  CHECK(missing.err.find("无法检查 " + s.path("missing.txt") + "：文件不存在") != std::string::npos);
  CHECK(lines_of(missing.err).back() == "共检查 2 个文件：有错误 0 个，仅有提醒 " +
                                           std::string(gk::check(gktest::seed("002_63a9a15d935c0946")).count(gk::Severity::Warning) ? "1" : "0") +
                                           " 个，无法读取 1 个");
}

TEST_CASE("cli: bad options and nothing to check exit 2 with the reason in Chinese", "[cli]") {
  Scratch s;
  const std::string f = s.write("a.txt", gktest::seed(kSeed0));
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"-j", "0", f}, {"-j", "x", f}, {"-j"}, {"--jobs=-3", f}, {"--bogus", f}, {}, {"-", "-"}, {"--previous"}}) {
    Run r = gkcheck(args, s);
    INFO("args: " << (args.empty() ? "(none)" : args[0]));
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("gkcheck: ", 0) == 0);
  }
  fs::create_directories(s.path("empty"));
  Run r = gkcheck({s.path("empty")}, s);
  CHECK(r.code == 2);
  CHECK(r.err.find("中没有 .txt 文件") != std::string::npos);
  Run p = gkcheck({"--previous", s.path("nope.txt"), f}, s);
  CHECK(p.code == 2);
  CHECK(p.err.find("无法读取上一年度报告") != std::string::npos);
}

TEST_CASE("cli: a file over the size limit is refused with the reason, without reading it", "[cli][limits]") {
  Scratch s;
  const std::string big = s.path("big.txt");
  { std::ofstream(big, std::ios::binary) << "x"; }
  fs::resize_file(big, gk::kMaxInputBytes + 1024 * 1024);  // sparse: nothing is written
  Run r = gkcheck({"--json", big}, s);
  CHECK(r.code == 1);
  Json j = Json::parse(r.out);
  REQUIRE(j["diagnostics"].size() == 1);
  CHECK(j["diagnostics"][0]["rule"] == "INPUT.TOO_LARGE");
  CHECK(j["diagnostics"][0]["severity"] == "error");
  const std::string msg = j["diagnostics"][0]["message"];
  CHECK(msg.find("65.0 MB") != std::string::npos);
  CHECK(msg.find("64 MB 的上限") != std::string::npos);
  Run t = gkcheck({big}, s);
  CHECK(t.out.find("big.txt:1:1: 错误: [INPUT.TOO_LARGE]") != std::string::npos);
}

TEST_CASE("cli: a UTF-16 file cut mid-character is skipped with advice, invalid UTF-8 is checked with a warning", "[cli]") {
  Scratch s;
  // (A whole UTF-16 file is read: test_readers.cpp, "a .txt in UTF-16 … or GB18030".)
  const std::string u16 = s.write("u16.txt", std::string("\xff\xfe\x00\x4e\x00", 5));
  Run r = gkcheck({u16}, s);
  CHECK(r.code == 2);
  CHECK(r.err.find("UTF-16") != std::string::npos);
  const std::string gbk = s.write("gbk.txt", "\xd5\xfe\xb8\xae" + gktest::seed(kSeed0));
  Run g = gkcheck({"--json", gbk}, s);
  CHECK(Json::parse(g.out)["diagnostics"].dump().find("INPUT.INVALID_UTF8") != std::string::npos);
}

TEST_CASE("cli: diagnostics on one huge line show a window of it, not the whole line each time", "[cli][limits]") {
  Scratch s;
  std::string line = "三、收到和处理政府信息公开申请情况\n";
  while (line.size() < 2'000'000) line += "某某情况说明\t1\t2\t3\t\t5\t6\t17\t";
  const std::string f = s.write("line.txt", line);
  Run r = gkcheck({f}, s);
  const auto n = static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n'));
  // Each diagnostic three lines (the line itself is no row: said once, not
  // read; the sections and tables it lacks are said at its start).
  REQUIRE(n >= 6);
  CHECK(r.out.size() < n * 600);  // each line shows at most a few hundred bytes of the source
  CHECK(r.out.find("…") != std::string::npos);
}

TEST_CASE("cli: exit 0 only for a report checked in full — the last line says the verdict", "[cli]") {
  Scratch s;
  Run ok = gkcheck({s.write("ok.txt", gktest::seed(kSeed0))}, s);
  CHECK(ok.code == 0);
  CHECK(lines_of(ok.out).back().find("核对完整，未发现错误") != std::string::npos);
  // A row of table 三 deleted: nothing in what was read is wrong, but not all was read.
  const std::string text = gktest::seed(kSeed0);
  const auto at = text.find("\t\t2.重复申请");
  REQUIRE(at != std::string::npos);
  const auto eol = text.find('\n', at);
  Run partial = gkcheck({s.write("partial.txt", text.substr(0, at) + text.substr(eol))}, s);
  CHECK(partial.code == 1);
  CHECK(partial.out.find("[PARSE.UNCHECKED]") != std::string::npos);
  CHECK(lines_of(partial.out).back().find("未能完整核对（只有读到的部分核对过）：表三读到 24/25 行、168/175 格") !=
        std::string::npos);
}

// ---- Inputs that are not regular files, read errors, output that cannot be written ----

namespace {

// Runs a bash command line (the CLI is $GK), under `timeout 120` so that a
// hang fails the test instead of stalling it; collects the exit code of the
// command line and both outputs.
Run shell(const std::string& script, const Scratch& s) {
  const std::string out = s.path("stdout"), err = s.path("stderr");
  const std::string cmd = "GK=" + quote(GKCHECK_CLI) + " timeout 120 bash -c " + quote(script) + " >" + quote(out) + " 2>" +
                          quote(err) + " </dev/null";
  const int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = gktest::read_file(out);
  r.err = gktest::read_file(err);
  return r;
}

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("cli: a FIFO with no writer is given up after the wait, and a batch goes on", "[cli][limits]") {
  Scratch s;
  const std::string fifo = s.path("pipe.txt");
  REQUIRE(std::system(("mkfifo " + quote(fifo)).c_str()) == 0);
  const std::string good = s.write("good.txt", gktest::seed(kSeed0));
  const auto t0 = std::chrono::steady_clock::now();
  Run r = shell("GKCHECK_WAIT_SECONDS=1 \"$GK\" --json " + quote(fifo), s);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(r.code == 2);
  CHECK(has(r.err, "无法检查 " + fifo));
  CHECK(has(r.err, "命名管道（FIFO），等待了 1 秒没有写入方"));
  CHECK(secs < 30);
  Run b = shell("GKCHECK_WAIT_SECONDS=1 \"$GK\" --json " + quote(fifo) + " " + quote(good), s);
  CHECK(b.code == 2);
  const auto lines = lines_of(b.out);
  REQUIRE(lines.size() == 2);
  CHECK(Json::parse(lines[0])["error"].get<std::string>().find("命名管道") != std::string::npos);
  CHECK(Json::parse(lines[1])["file"] == good);
  CHECK(has(b.err, "共检查 2 个文件：有错误 0 个，仅有提醒"));
  CHECK(has(b.err, "无法读取 1 个"));
}

TEST_CASE("cli: a FIFO with a writer, even a late one, is read like a file", "[cli]") {
  Scratch s;
  const std::string fifo = s.path("pipe.txt");
  REQUIRE(std::system(("mkfifo " + quote(fifo)).c_str()) == 0);
  const std::string good = s.write("good.txt", gktest::seed(kSeed0));
  Run r = shell("(sleep 1; cat " + quote(good) + " > " + quote(fifo) + ") & \"$GK\" --json " + quote(fifo) + "; c=$?; wait; exit $c", s);
  CHECK(r.out == gk::check_json(gktest::seed(kSeed0)) + "\n");
  CHECK(r.code == (gk::check(gktest::seed(kSeed0)).count(gk::Severity::Error) ? 1 : 0));
  // A pipe as process substitution gives, as bash writes it, /dev/fd/N.
  Run p = shell("\"$GK\" --json <(cat " + quote(good) + ")", s);
  CHECK(p.out == r.out);
}

TEST_CASE("cli: /dev/zero, /dev/urandom and an endless standard input stop at the size limit", "[cli][limits]") {
  Scratch s;
  for (const std::string dev : {"/dev/zero", "/dev/urandom"}) {
    INFO(dev);
    Run r = shell("\"$GK\" --json " + dev, s);
    CHECK(r.code == 1);
    Json j = Json::parse(r.out);
    REQUIRE(j["diagnostics"].size() == 1);
    CHECK(j["diagnostics"][0]["rule"] == "INPUT.TOO_LARGE");
    CHECK(has(j["diagnostics"][0]["message"].get<std::string>(), "文件太大（读到 64.0 MB 仍未结束），超过了 64 MB 的上限"));
  }
  Run y = shell("yes '一、本年新收政府信息公开申请数量	6	0	0	0	0	0	6' | \"$GK\" --json -", s);
  CHECK(y.code == 1);
  CHECK(Json::parse(y.out)["diagnostics"][0]["rule"] == "INPUT.TOO_LARGE");
  Run t = shell("yes | \"$GK\" -", s);
  CHECK(t.code == 1);
  CHECK(has(t.out, "<stdin>:1:1: 错误: [INPUT.TOO_LARGE]"));
  Run p = shell("\"$GK\" --previous /dev/zero " + quote(s.write("a.txt", gktest::seed(kSeed0))), s);
  CHECK(p.code == 2);
  CHECK(has(p.err, "无法读取上一年度报告 /dev/zero：文件太大，超过了 64 MB 的上限"));
}

TEST_CASE("cli: a read error (EIO) is said with the file's name and exit 2, a batch goes on", "[cli][limits]") {
  Scratch s;
  // Reading /proc/self/mem at offset 0 fails with EIO: the address is not mapped.
  Run r = shell("\"$GK\" /proc/self/mem", s);
  CHECK(r.code == 2);
  CHECK(has(r.err, "gkcheck: 无法检查 /proc/self/mem：读取时出错：输入/输出错误"));
  CHECK(r.out.empty());
  const std::string good = s.write("good.txt", gktest::seed(kSeed0));
  Run b = shell("\"$GK\" --json /proc/self/mem " + quote(good), s);
  CHECK(b.code == 2);
  const auto lines = lines_of(b.out);
  REQUIRE(lines.size() == 2);
  CHECK(Json::parse(lines[0])["file"] == "/proc/self/mem");
  CHECK(has(Json::parse(lines[0])["error"].get<std::string>(), "输入/输出错误"));
  CHECK(Json::parse(lines[1]).contains("tables"));
  Run p = shell("\"$GK\" --previous /proc/self/mem " + quote(good), s);
  CHECK(p.code == 2);
  CHECK(has(p.err, "无法读取上一年度报告 /proc/self/mem：读取时出错：输入/输出错误"));
  Run c = shell("\"$GK\" - <&-", s);
  CHECK(c.code == 2);
  CHECK(has(c.err, "标准输入已关闭"));
  Run d = shell("\"$GK\" - < " + quote(s.dir.string()), s);
  CHECK(d.code == 2);
  CHECK(has(d.err, "标准输入"));
}

TEST_CASE("cli: output that cannot be written (full disk, closed stdout, gone reader) exits 2 and says so", "[cli][limits]") {
  Scratch s;
  const std::string f = s.write("r.txt", gktest::seed(kSeed0));
  Run full = shell("\"$GK\" --json " + quote(f) + " >/dev/full", s);
  CHECK(full.code == 2);
  CHECK(has(full.err, "gkcheck: 无法写出结果：磁盘已满"));
  Run closed = shell("\"$GK\" --json " + quote(f) + " >&-", s);
  CHECK(closed.code == 2);
  CHECK(has(closed.err, "标准输出已关闭"));
  // A batch whose output is more than a pipe holds, read by a program that quits at once.
  std::vector<std::string> many;
  for (int i = 0; i < 40; ++i) many.push_back(quote(s.write("b/" + std::to_string(100 + i) + ".txt", broken_seed())));
  std::string files;
  for (const auto& m : many) files += " " + m;
  Run gone = shell("\"$GK\" -j 2" + files + " | head -c 10 >/dev/null; exit ${PIPESTATUS[0]}", s);
  CHECK(gone.code == 2);
  CHECK(has(gone.err, "无法写出结果：接收输出的程序已退出"));
  CHECK(has(gone.err, "的结果时失败，其后的文件没有检查"));
  // A batch to a full disk names the first file whose result was lost.
  Run batch = shell("\"$GK\" --json" + files + " >/dev/full", s);
  CHECK(batch.code == 2);
  CHECK(has(batch.err, "写出 " + s.path("b/100.txt") + " 的结果时失败"));
}
