// The table reader in every layout a paste takes: each variant of a real
// report must give the same numbers as the original (its golden file).
#include <algorithm>
#include <regex>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "gkcheck/format.h"
#include "test_support.h"

using gktest::replace_once;
using gktest::seed;
using Json = nlohmann::json;

namespace {

Json tables_of(const std::string& text) { return Json::parse(gk::check_json(text))["tables"]; }

Json golden_tables(const std::string& seed_name) {
  return Json::parse(gktest::fixture("golden/" + seed_name.substr(0, 3) + ".json"))["tables"];
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

// Lines of the text, transformed one by one.
template <class F>
std::string map_lines(const std::string& text, F f) {
  std::string out;
  std::size_t b = 0;
  while (b <= text.size()) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    out += f(text.substr(b, e - b));
    if (e == text.size()) break;
    out += '\n';
    b = e + 1;
  }
  return out;
}

const char* kSeed000 = "000_f73872ecfdfa0a4c";
const char* kSeed001 = "001_909bdb628b56722c";
const char* kSeed002 = "002_63a9a15d935c0946";
const char* kSeed004 = "004_dc6eabfeda6fcd8b";

}  // namespace

TEST_CASE("reader: Markdown tables (| a | b | with a |---| row)", "[reader][layout]") {
  bool in_table = false;
  std::string md = map_lines(seed(kSeed001), [&](const std::string& l) {
    if (l.find('|') == std::string::npos) {
      in_table = false;
      return l;
    }
    std::string row = "| " + l + (l.back() == '|' ? "" : " |");
    if (!in_table) {
      in_table = true;
      return row + "\n|---|---|---|---|";
    }
    return row;
  });
  CHECK(tables_of(md) == golden_tables(kSeed001));
}

TEST_CASE("reader: blank lines between all lines, CRLF line ends", "[reader][layout]") {
  for (const char* name : {kSeed000, kSeed001, kSeed004}) {
    INFO(name);
    CHECK(tables_of(replace_all(seed(name), "\n", "\r\n\r\n")) == golden_tables(name));
  }
}

TEST_CASE("reader: full-width digits and Kangxi radicals as PDF copies give them", "[reader][layout]") {
  std::string t = seed(kSeed002);
  const char* fw[] = {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"};
  std::string wide;
  for (char c : t) {
    if (c >= '0' && c <= '9') wide += fw[c - '0'];
    else wide += c;
  }
  wide = replace_all(wide, "一", "⼀");  // U+2F00 KANGXI RADICAL ONE
  wide = replace_all(wide, "二", "⼆");
  CHECK(tables_of(wide) == golden_tables(kSeed002));
}

TEST_CASE("reader: typos and lost words in labels", "[reader][layout]") {
  std::string t = seed(kSeed000);
  t = replace_once(t, "1.属于国家秘密", "1.属于国家泌密");             // a typo
  t = replace_once(t, "2.没有现成信息需要另行制作", "2.没有现成信息需另行制作");  // a lost word
  t = replace_once(t, "4.无正当理由大量反复申请", "4.无正当理由大量申请");
  CHECK(tables_of(t) == golden_tables(kSeed000));
}

TEST_CASE("reader: a table found by its own words when its heading is lost", "[reader][layout]") {
  std::string t = replace_once(seed(kSeed000), "### 三、收到和处理政府信息公开申请情况", "");
  CHECK(tables_of(t) == golden_tables(kSeed000));
}

TEST_CASE("reader: PDF rows whose numbers wrap onto the next line", "[reader][layout]") {
  std::string t = replace_once(seed(kSeed004), "一、本年新收政府信息公开申请数量 16 0 0 0 0 0 16",
                               "一、本年新收政府信息公开申请数量 16 0 0\n\n0 0 0 16");
  t = replace_once(t, "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "0 0 0 0 0\n0 0 0 0 0\n\n0 0 0 0 0");
  CHECK(tables_of(t) == golden_tables(kSeed004));
}

TEST_CASE("reader: blank and '/' cells are null with a warning and count as 0", "[reader][blank]") {
  // Seed 000, row (二) 部分公开: the 总计 cell left blank.
  std::string t = replace_once(seed(kSeed000), "不计其他情形)\t2\t0\t0\t0\t0\t0\t2\t", "不计其他情形)\t2\t0\t0\t0\t0\t0\t\t");
  // Row 重复申请: "/" in the 商业企业 cell.
  t = replace_once(t, "2.重复申请\t0\t0", "2.重复申请\t0\t/");
  gk::Result r = gk::check(t);
  const auto& total = gktest::cell(r, gk::TableId::Applications, "partially_granted", "total");
  CHECK(total.state == gk::CellState::Blank);
  CHECK(gktest::cell(r, gk::TableId::Applications, "not_processed.duplicate", "commercial").state ==
        gk::CellState::Blank);
  CHECK(gktest::count_rule(r, "PARSE.BLANK_CELL") == 2);
  // A blank total beside 2 applications is still reported.
  bool row_sum = false;
  for (const auto& d : r.diagnostics)
    if (d.rule == "T3.ROW_SUM" && *d.expected == 2 && *d.actual == 0) row_sum = true;
  CHECK(row_sum);
  Json j = Json::parse(gk::to_json(r));
  CHECK(j.at("tables").at("applications").at("rows").at("partially_granted").at(6).is_null());
}

TEST_CASE("reader: numbers that are not counts are reported, not fixed", "[reader][numbers]") {
  std::string t = replace_once(seed(kSeed000), "(一) 予以公开\t2\t0", "(一) 予以公开\t2.5\t0");
  t = replace_once(t, "8.属于行政查询事项\t0", "8.属于行政查询事项\t-1");
  gk::Result r = gk::check(t);
  CHECK(gktest::count_rule(r, "PARSE.NUMBER") == 2);
  CHECK(gktest::cell(r, gk::TableId::Applications, "granted", "natural_person").state == gk::CellState::Unreadable);
  Json j = Json::parse(gk::to_json(r));
  CHECK(j.at("tables").at("applications").at("rows").at("granted").at(0).is_null());

  std::string k = replace_once(seed(kSeed002), "行政许可\t45756", "行政许可\t45,756");
  gk::Result rk = gk::check(k);
  CHECK(gktest::cell(rk, gk::TableId::Active, "licensing", "decisions").value == 45756);
  CHECK(gktest::count_rule(rk, "PARSE.NUMBER_FORMAT") == 1);

  // More digits than can be held exactly (the fuzzer's 1e101 once broke the JSON): not read, said.
  const std::string big(40, '9');
  std::string b = replace_once(seed(kSeed002), "行政许可\t45756", "行政许可\t" + big);
  gk::Result rb = gk::check(b);
  CHECK(gktest::cell(rb, gk::TableId::Active, "licensing", "decisions").state == gk::CellState::Unreadable);
  CHECK(gktest::count_rule(rb, "PARSE.NUMBER") == 1);
  Json jb = Json::parse(gk::to_json(rb));
  CHECK(jb.at("tables").at("active").at("licensing").at("decisions").is_null());
  // Fifteen digits are still a number.
  gk::Result r15 = gk::check(replace_once(seed(kSeed002), "行政许可\t45756", "行政许可\t123456789012345"));
  CHECK(gktest::cell(r15, gk::TableId::Active, "licensing", "decisions").value == 123456789012345.0);
}

TEST_CASE("reader: a row with too few numbers is null, said, and not guessed", "[reader][cut]") {
  std::string t = replace_once(seed(kSeed004), "3.补正后申请内容仍不明确 0 0 0 0 0 0 0", "3.补正后申请内容仍不明确 0 0 0 0 0 0");
  gk::Result r = gk::check(t);
  CHECK(gktest::cell(r, gk::TableId::Applications, "unavailable.unclear", "total").state == gk::CellState::Unreadable);
  CHECK(gktest::count_rule(r, "PARSE.ROW_CELLS") == 1);
  // The neighbours are still read.
  CHECK(gktest::cell(r, gk::TableId::Applications, "unavailable.needs_creation", "total").value == 0);
  CHECK(gktest::cell(r, gk::TableId::Applications, "not_processed.petition", "total").value == 1);
}

TEST_CASE("reader: a table cut in half keeps what it has and says what is missing", "[reader][cut]") {
  std::string full = seed(kSeed000);
  std::string t = full.substr(0, full.find("\t\t4.保护第三方合法权益"));
  gk::Result r = gk::check(t);
  REQUIRE(r.tables[1].present);
  CHECK(gktest::cell(r, gk::TableId::Applications, "granted", "total").value == 2);
  CHECK(gktest::cell(r, gk::TableId::Applications, "denied.third_party", "total").state == gk::CellState::Missing);
  CHECK(gktest::count_rule(r, "PARSE.ROW_MISSING") == 1);
  CHECK_FALSE(r.tables[2].present);
  CHECK(gktest::count_rule(r, "PARSE.TABLE_MISSING") == 1);
  // Rules over missing cells are not evaluated: no made-up balance errors.
  CHECK(gktest::count_rule(r, "T3.") == 0);
  Json j = Json::parse(gk::to_json(r));
  CHECK(j.at("tables").at("review_litigation").is_null());
  CHECK(j.at("tables").at("applications").at("rows").at("carried_forward").at(0).is_null());
}

TEST_CASE("reader: a row that lost its label is placed by order, with a warning", "[reader][layout]") {
  std::string t = replace_once(seed(kSeed004), "2.重复申请 0 0 0 0 0 0 0", "0 0 0 0 0 0 0");
  gk::Result r = gk::check(t);
  CHECK(gktest::cell(r, gk::TableId::Applications, "not_processed.duplicate", "total").value == 0);
  CHECK(gktest::count_rule(r, "PARSE.ROW_UNLABELLED") == 1);
  CHECK(gktest::count_rule(r, "T3.") == 0);
}

TEST_CASE("reader: a table 三 left entirely blank on a grid is read as blank, not as missing", "[reader][layout]") {
  // Seed 000 (tab-separated, as Word copies a table) with every number of table 三 taken out.
  const std::string full = seed(kSeed000);
  const std::size_t a = full.find("三、收到和处理政府信息公开申请情况");
  const std::size_t b = full.find("四、政府信息公开行政复议");
  REQUIRE(a != std::string::npos);
  REQUIRE(b != std::string::npos);
  const std::string blank = std::regex_replace(full.substr(a, b - a), std::regex("\t[0-9]+(?=\t|\n|$)"), "\t");
  REQUIRE(blank != full.substr(a, b - a));
  gk::Result r = gk::check(full.substr(0, a) + blank + full.substr(b));
  CHECK(gktest::count_rule(r, "PARSE.TABLE_MISSING") == 0);
  CHECK(gktest::count_rule(r, "PARSE.ROW_MISSING") == 0);
  CHECK(gktest::count_rule(r, "T3.") == 0);
  const auto& spec = r.format->table(gk::TableId::Applications);
  REQUIRE(r.tables[static_cast<int>(gk::TableId::Applications)].present);
  for (const auto& row : r.tables[static_cast<int>(gk::TableId::Applications)].rows)
    for (const auto& cell : row) CHECK(cell.state == gk::CellState::Blank);
  CHECK(gktest::count_rule(r, "PARSE.BLANK_CELL") >= spec.rows.size());
}

TEST_CASE("reader: a row whose label is none of the format's is left out, with a warning", "[reader][layout]") {
  // A row a clerk added between (六) and (七): its numbers must not be taken for another row's.
  std::string t = replace_once(seed(kSeed000), "(七) 总计\t", "年度工作亮点汇总\t\t5\t0\t0\t0\t0\t0\t5\n(七) 总计\t");
  gk::Result r = gk::check(t);
  REQUIRE(gktest::count_rule(r, "PARSE.ROW_UNKNOWN") == 1);
  const int line = 1 + static_cast<int>(std::count(t.begin(), t.begin() + t.find("年度工作亮点汇总"), '\n'));
  const Json j = Json::parse(gk::to_json(r));
  int seen = 0;
  for (const auto& d : j["diagnostics"]) {
    if (d["rule"] != "PARSE.ROW_UNKNOWN") continue;
    ++seen;
    CHECK(d["message"].get<std::string>().find("年度工作亮点汇总") != std::string::npos);
    CHECK(d["line"] == line);
    CHECK(d["column"] == 1);
  }
  CHECK(seen == 1);
  CHECK(gktest::cell(r, gk::TableId::Applications, "results_total", "total").value == 6);
  CHECK(gktest::count_rule(r, "T3.") == 0);
}

TEST_CASE("reader: a web copy with every cell on a line of its own", "[reader][layout]") {
  std::string t = map_lines(seed(kSeed001), [](const std::string& l) {
    if (l.find('|') == std::string::npos) return l;
    std::string out;
    std::size_t b = 0;
    while (b <= l.size()) {
      std::size_t e = l.find('|', b);
      if (e == std::string::npos) e = l.size();
      std::string c = l.substr(b, e - b);
      while (!c.empty() && c.front() == ' ') c.erase(0, 1);
      while (!c.empty() && c.back() == ' ') c.pop_back();
      if (!c.empty()) out += (out.empty() ? "" : "\n") + c;
      b = e + 1;
    }
    return out;
  });
  CHECK(t.find("|") == std::string::npos);
  CHECK(tables_of(t) == golden_tables(kSeed001));
}

// ---- Clerk slips: each is read around (every other row read and checked)
// and named.

namespace {

// Every cell of table 三 except those of the rows named is read for certain.
void check_other_rows_read(const gk::Result& r, std::initializer_list<const char*> except) {
  const gk::TableSpec& spec = r.format->table(gk::TableId::Applications);
  const gk::TableData& t = r.tables[static_cast<int>(gk::TableId::Applications)];
  for (std::size_t row = 0; row < spec.rows.size(); ++row) {
    if (std::any_of(except.begin(), except.end(), [&](const char* k) { return spec.rows[row].key == k; })) continue;
    INFO("row " << spec.rows[row].key);
    CHECK(t.row_found[row]);
    for (const gk::Cell& c : t.rows[row]) CHECK((c.state == gk::CellState::Value || c.state == gk::CellState::Blank));
  }
}

const gk::Diagnostic* first_of(const gk::Result& r, const std::string& rule) {
  for (const auto& d : r.diagnostics)
    if (d.rule == rule) return &d;
  return nullptr;
}

const char* kRow8 = "8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0";
const char* kRow8Wrong = "8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t3";  // a real ROW_SUM error

}  // namespace

TEST_CASE("reader: a duplicated row is an error naming it — the rows after it are still read and checked",
          "[reader][slip]") {
  const std::string row2 = "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t2\t0\t0\t0\t0\t0\t2\t";
  std::string t = replace_once(seed(kSeed000), row2, std::string(row2) + "\n\t" + row2);
  t = replace_once(t, kRow8, kRow8Wrong);
  gk::Result r = gk::check(t);
  REQUIRE(gktest::count_rule(r, "PARSE.ROW_DUPLICATE") == 1);
  const gk::Diagnostic& d = *first_of(r, "PARSE.ROW_DUPLICATE");
  CHECK(d.severity == gk::Severity::Error);
  CHECK(d.message.find("部分公开") != std::string::npos);
  CHECK(gktest::cell(r, gk::TableId::Applications, "partially_granted", "total").value == 2);  // same numbers: kept
  check_other_rows_read(r, {});
  CHECK(gktest::count_rule(r, "T3.ROW_SUM") == 1);  // the real error after it is found
  CHECK(gktest::count_rule(r, "PARSE.ROW_MISSING") == 0);
}

TEST_CASE("reader: a duplicated row with other numbers is not read — which copy is right is not guessed",
          "[reader][slip]") {
  std::string t = replace_once(seed(kSeed004), "（一）予以公开 1 0 0 0 0 0 1",
                               "（一）予以公开 1 0 0 0 0 0 1\n（一）予以公开 2 0 0 0 0 0 2");
  gk::Result r = gk::check(t);
  REQUIRE(gktest::count_rule(r, "PARSE.ROW_DUPLICATE") == 1);
  CHECK(first_of(r, "PARSE.ROW_DUPLICATE")->message.find("予以公开") != std::string::npos);
  CHECK(gktest::cell(r, gk::TableId::Applications, "granted", "total").state == gk::CellState::Unreadable);
  check_other_rows_read(r, {"granted"});
}

TEST_CASE("reader: a deleted row is named — every other row is read and checked", "[reader][slip]") {
  std::string t = replace_once(seed(kSeed004), "2.重复申请 0 0 0 0 0 0 0\n", "");
  t = replace_once(t, "四、结转下年度继续办理 0 0 0 0 0 0 0", "四、结转下年度继续办理 0 0 0 0 0 0 4");
  gk::Result r = gk::check(t);
  REQUIRE(gktest::count_rule(r, "PARSE.ROW_MISSING") == 1);
  CHECK(first_of(r, "PARSE.ROW_MISSING")->message.find("重复申请") != std::string::npos);
  CHECK(gktest::cell(r, gk::TableId::Applications, "not_processed.duplicate", "total").state == gk::CellState::Missing);
  check_other_rows_read(r, {"not_processed.duplicate"});
  CHECK(gktest::count_rule(r, "T3.ROW_SUM") == 1);  // on 四、结转下年度继续办理
  CHECK(gktest::count_rule(r, "PARSE.ROW_UNLABELLED") + gktest::count_rule(r, "PARSE.ROW_UNKNOWN") == 0);
}

TEST_CASE("reader: a deleted （七）总计 row is named — the row after it is still read and checked", "[reader][slip]") {
  std::string t = replace_once(seed(kSeed004), "（七）总计 17 0 0 0 0 0 17\n", "");
  t = replace_once(t, "四、结转下年度继续办理 0 0 0 0 0 0 0", "四、结转下年度继续办理 0 0 0 0 0 0 4");
  gk::Result r = gk::check(t);
  REQUIRE(gktest::count_rule(r, "PARSE.ROW_MISSING") == 1);
  CHECK(first_of(r, "PARSE.ROW_MISSING")->message.find("总计") != std::string::npos);
  check_other_rows_read(r, {"results_total"});
  CHECK(gktest::cell(r, gk::TableId::Applications, "carried_forward", "total").value == 4);
  CHECK(gktest::count_rule(r, "T3.ROW_SUM") == 1);
}

namespace {

// Seed 004's table 三 with one number taken out of every row: the
// (1-based) `column`-th.
std::string without_column(const std::string& text, int column) {
  const std::size_t a = text.find("一、本年新收政府信息公开申请数量 16");
  const std::size_t b = text.find(" 四、政府信息公开行政复议");
  const std::string seg = text.substr(a, b - a);
  std::string out;
  std::size_t p = 0;
  while (p <= seg.size()) {
    std::size_t e = seg.find('\n', p);
    if (e == std::string::npos) e = seg.size();
    std::string line = seg.substr(p, e - p);
    std::smatch m;
    if (std::regex_search(line, m, std::regex("([0-9]+ ){6}[0-9]+$"))) {
      std::string nums = m.str();
      std::vector<std::string> v;
      for (std::size_t q = 0; q < nums.size();) {
        std::size_t s = nums.find(' ', q);
        if (s == std::string::npos) s = nums.size();
        v.push_back(nums.substr(q, s - q));
        q = s + 1;
      }
      v.erase(v.begin() + (column - 1));
      std::string joined;
      for (const auto& x : v) joined += (joined.empty() ? "" : " ") + x;
      line = line.substr(0, static_cast<std::size_t>(m.position())) + joined;
    }
    out += line;
    if (e == seg.size()) break;
    out += '\n';
    p = e + 1;
  }
  return text.substr(0, a) + out + text.substr(b);
}

}  // namespace

TEST_CASE("reader: a total column missing from every row: said once, the other columns read and checked",
          "[reader][slip]") {
  std::string t = without_column(seed(kSeed004), 7);
  // A real error in a column: 上年结转 1 → 2 breaks 本年新收 + 上年结转 = （七）总计 + 结转.
  t = replace_once(t, "二、上年结转政府信息公开申请数量 1 0 0 0 0 0", "二、上年结转政府信息公开申请数量 2 0 0 0 0 0");
  gk::Result r = gk::check(t);
  CHECK(gktest::count_rule(r, "PARSE.COLUMN_MISSING") == 1);
  CHECK(gktest::count_rule(r, "PARSE.ROW_CELLS") == 0);
  CHECK(gktest::cell(r, gk::TableId::Applications, "new_received", "natural_person").value == 16);
  CHECK(gktest::cell(r, gk::TableId::Applications, "results_total", "natural_person").value == 17);
  CHECK(gktest::cell(r, gk::TableId::Applications, "new_received", "total").state == gk::CellState::Unreadable);
  CHECK(gktest::cell(r, gk::TableId::Applications, "carried_over", "natural_person").value == 2);
  CHECK(gktest::count_rule(r, "T3.BALANCE") == 1);
  CHECK(gktest::count_rule(r, "PARSE.BLANK_CELL") == 0);
}

TEST_CASE("reader: another column missing from every row: said once, no row guessed", "[reader][slip]") {
  gk::Result r = gk::check(without_column(seed(kSeed004), 2));
  CHECK(gktest::count_rule(r, "PARSE.COLUMN_MISSING") == 1);
  CHECK(gktest::count_rule(r, "PARSE.ROW_CELLS") == 0);
  CHECK(gktest::cell(r, gk::TableId::Applications, "new_received", "natural_person").state == gk::CellState::Unreadable);
  CHECK(gktest::cell(r, gk::TableId::Applications, "results_total", "total").state == gk::CellState::Unreadable);
  CHECK(gktest::count_rule(r, "T3.") == 0);
}

TEST_CASE("reader: the letter O typed for 0 is an error naming the cell — the rest of the row and table stay checked",
          "[reader][slip]") {
  std::string t = replace_once(seed(kSeed004), "3.要求提供公开出版物 0 0 0 0 0 0 0", "3.要求提供公开出版物 0 0 O 0 0 0 0");
  t = replace_once(t, "（一）予以公开 1 0 0 0 0 0 1", "（一）予以公开 1 0 0 0 0 0 2");
  gk::Result r = gk::check(t);
  const gk::Cell& c = gktest::cell(r, gk::TableId::Applications, "not_processed.publication", "research");
  CHECK(c.state == gk::CellState::Unreadable);
  CHECK(gktest::count_rule(r, "PARSE.NUMBER") == 1);
  CHECK(gktest::cell(r, gk::TableId::Applications, "not_processed.publication", "natural_person").value == 0);
  CHECK(gktest::count_rule(r, "PARSE.ROW_UNKNOWN") + gktest::count_rule(r, "PARSE.ROW_CELLS") == 0);
  CHECK(r.verdict == gk::Verdict::Partial);
  CHECK(gktest::count_rule(r, "T3.ROW_SUM") == 1);  // 予以公开's wrong total is still found
}

TEST_CASE("reader: unlabelled numbers the order could place in two rows are not read, and said",
          "[reader][slip]") {
  std::string t = replace_once(seed(kSeed004), "2.重复申请 0 0 0 0 0 0 0", "0 0 0 0 0 0 0");
  t = replace_once(t, "3.要求提供公开出版物 0 0 0 0 0 0 0\n", "");
  gk::Result r = gk::check(t);
  CHECK(gktest::count_rule(r, "PARSE.ROW_AMBIGUOUS") == 1);
  for (const char* row : {"not_processed.duplicate", "not_processed.publication"})
    CHECK(gktest::cell(r, gk::TableId::Applications, row, "total").state == gk::CellState::Unreadable);
  check_other_rows_read(r, {"not_processed.duplicate", "not_processed.publication"});
}

TEST_CASE("reader: pdftotext's column-major blocks are turned back into rows", "[reader][pdf]") {
  // hongze 2024, no -layout: the block of 9 rows （三）1. … （四）1. is 7
  // paragraphs of 9 numbers, one per column. A changed number in the first
  // column's 9th line lands on （四）1.'s 自然人 and breaks that row's sum.
  std::string t = gktest::fixture("real/hongze-2024.pdftotext.txt");
  t = replace_once(t, "0\n1\n1\n0\n31\n\n", "0\n1\n1\n0\n32\n\n");
  gk::Result r = gk::check(t);
  CHECK(gktest::cell(r, gk::TableId::Applications, "unavailable.not_held", "natural_person").value == 32);
  CHECK(gktest::cell(r, gk::TableId::Applications, "unavailable.not_held", "total").value == 31);
  CHECK(gktest::cell(r, gk::TableId::Applications, "denied.process_info", "natural_person").value == 1);
  const gk::Diagnostic* d = first_of(r, "T3.ROW_SUM");
  REQUIRE(d != nullptr);
  CHECK(d->message.find("本机关不掌握") != std::string::npos);
}

TEST_CASE("reader: cells run together are read one per digit only where the digits match the row's width",
          "[reader][nosep]") {
  // A web page scraped as text: a row's cells without separators.
  std::string t = replace_once(seed(kSeed004), "（一）予以公开 1 0 0 0 0 0 1", "（一）予以公开1000001");
  t = replace_once(t, "2.重复申请 0 0 0 0 0 0 0", "2.重复申请 00/0/00");
  t = replace_once(t, "3.要求提供公开出版物 0 0 0 0 0 0 0", "3.要求提供公开出版物 00000000");  // 8 digits, 7 cells
  gk::Result r = gk::check(t);
  CHECK(gktest::cell(r, gk::TableId::Applications, "granted", "natural_person").value == 1);
  CHECK(gktest::cell(r, gk::TableId::Applications, "granted", "total").value == 1);
  CHECK(gktest::cell(r, gk::TableId::Applications, "not_processed.duplicate", "research").state ==
        gk::CellState::Blank);
  CHECK(gktest::count_rule(r, "PARSE.CELLS_JOINED") == 1);
  // Eight digits for seven cells: more than one reading, so none.
  CHECK(gktest::cell(r, gk::TableId::Applications, "not_processed.publication", "total").state ==
        gk::CellState::Unreadable);
  CHECK(gktest::count_rule(r, "PARSE.ROW_CELLS") == 1);
  check_other_rows_read(r, {"not_processed.publication"});
}

namespace {

// Table 三 as pdftotext gives it without -layout: the labels of rows
// 一 … （三）3. first, then their numbers as 7 paragraphs of 7 (one per
// column), then the other rows one number a line. Row r of the square block
// holds r + 1 natural persons; `natural_wrong` changes 一's natural persons.
std::string square_block_report(int natural_wrong) {
  const gk::TableSpec& spec = gk::format_2021().table(gk::TableId::Applications);
  std::string t = "三、收到和处理政府信息公开申请情况\n\n";
  for (int r = 0; r < 7; ++r) t += spec.rows[static_cast<std::size_t>(r)].label + "\n";
  std::vector<std::vector<int>> rows;
  for (int r = 0; r < 7; ++r) rows.push_back({r + 1, 0, 0, 0, 0, 0, r + 1});
  rows[0][0] = natural_wrong;
  for (int c = 0; c < 7; ++c) {
    t += "\n";
    for (int r = 0; r < 7; ++r) t += std::to_string(rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]) + "\n";
  }
  for (std::size_t r = 7; r < spec.rows.size(); ++r) {
    t += "\n" + spec.rows[r].label + "\n";
    for (int c = 0; c < 7; ++c) t += "\n0\n";
  }
  return t + "\n四、政府信息公开行政复议、行政诉讼情况\n";
}

}  // namespace

TEST_CASE("reader: a square column-major block is read the way its rows add up, or not at all", "[reader][pdf]") {
  gk::Result r = gk::check(square_block_report(1));
  CHECK(gktest::cell(r, gk::TableId::Applications, "new_received", "natural_person").value == 1);
  CHECK(gktest::cell(r, gk::TableId::Applications, "new_received", "total").value == 1);
  CHECK(gktest::cell(r, gk::TableId::Applications, "denied.three_safeties", "natural_person").value == 7);
  CHECK(gktest::cell(r, gk::TableId::Applications, "denied.three_safeties", "commercial").value == 0);
  CHECK(gktest::count_rule(r, "PARSE.ROW_AMBIGUOUS") == 0);
  // A wrong number: neither reading adds up, so neither is taken.
  gk::Result bad = gk::check(square_block_report(5));
  CHECK(gktest::count_rule(bad, "PARSE.ROW_AMBIGUOUS") == 1);
  CHECK(gktest::cell(bad, gk::TableId::Applications, "new_received", "natural_person").state == gk::CellState::Unreadable);
  CHECK(gktest::cell(bad, gk::TableId::Applications, "denied.process_info", "total").state == gk::CellState::Value);
}
