// The parts of the format that both versions share. Data, not logic.
#include <stdexcept>

#include "format_builder.h"

namespace gk {

std::vector<SectionSpec> standard_sections() {
  return {
      {1, "总体情况", {"主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"}},
      {2, "主动公开政府信息情况", {}},
      {3, "收到和处理政府信息公开申请情况", {}},
      {4, "政府信息公开行政复议、行政诉讼情况", {}},
      {5, "存在的主要问题及改进情况", {}},
      {6, "其他需要报告的事项", {}},
  };
}

std::string message_label(const std::vector<std::string>& printed, const std::vector<std::string>* previous) {
  std::string out;
  for (std::size_t i = 0; i < printed.size(); ++i) {
    // The outermost cell printed on an earlier row (三、本年度办理结果) is not repeated.
    if (i == 0 && printed.size() > 1 && previous && !previous->empty() && previous->front() == printed[0]) continue;
    if (!out.empty()) out += ' ';
    out += printed[i];
  }
  return out;
}

TableSpec applications_table(bool layout_2019) {
  const std::vector<ColumnSpec> cols = {
      {"natural_person", "自然人"},         {"commercial", "商业企业"},
      {"research", "科研机构"},             {"social_welfare", "社会公益组织"},
      {"legal_service", "法律服务机构"},    {"other_org", "其他"},
      {"total", "总计"},
  };
  // Each row: its key, its label cells as printed (outermost first), its match words.
  struct Row {
    const char* key;
    std::vector<std::string> printed;
    std::vector<std::string> match;
  };
  const std::string results = "三、本年度办理结果";
  const std::string denied = "（三）不予公开", unavailable = "（四）无法提供", not_processed = "（五）不予处理",
                    other = "（六）其他处理";
  std::vector<Row> rows = {
      {"new_received", {"一、本年新收政府信息公开申请数量"}, {"本年新收政府信息公开申请数量", "本年新收"}},
      {"carried_over", {"二、上年结转政府信息公开申请数量"}, {"上年结转政府信息公开申请数量", "上年结转"}},
      {"granted", {results, "（一）予以公开"}, {"予以公开"}},
      {"partially_granted", {results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
       {"部分公开区分处理的只计这一情形不计其他情形", "部分公开"}},
      {"denied.state_secret", {results, denied, "1.属于国家秘密"}, {"属于国家秘密"}},
      {"denied.law_prohibited", {results, denied, "2.其他法律行政法规禁止公开"}, {"其他法律行政法规禁止公开"}},
      {"denied.three_safeties", {results, denied, "3.危及“三安全一稳定”"}, {"危及三安全一稳定"}},
      {"denied.third_party", {results, denied, "4.保护第三方合法权益"}, {"保护第三方合法权益"}},
      {"denied.internal_affairs", {results, denied, "5.属于三类内部事务信息"}, {"属于三类内部事务信息"}},
      {"denied.process_info", {results, denied, "6.属于四类过程性信息"}, {"属于四类过程性信息"}},
      {"denied.enforcement_file", {results, denied, "7.属于行政执法案卷"}, {"属于行政执法案卷"}},
      {"denied.query_matter", {results, denied, "8.属于行政查询事项"}, {"属于行政查询事项"}},
      {"unavailable.not_held", {results, unavailable, "1.本机关不掌握相关政府信息"}, {"本机关不掌握相关政府信息"}},
      {"unavailable.needs_creation", {results, unavailable, "2.没有现成信息需要另行制作"}, {"没有现成信息需要另行制作"}},
      {"unavailable.unclear", {results, unavailable, "3.补正后申请内容仍不明确"}, {"补正后申请内容仍不明确"}},
      {"not_processed.petition", {results, not_processed, "1.信访举报投诉类申请"}, {"信访举报投诉类申请"}},
      {"not_processed.duplicate", {results, not_processed, "2.重复申请"}, {"重复申请"}},
      {"not_processed.publication", {results, not_processed, "3.要求提供公开出版物"}, {"要求提供公开出版物"}},
      {"not_processed.excessive", {results, not_processed, "4.无正当理由大量反复申请"}, {"无正当理由大量反复申请"}},
      {"not_processed.confirmation", {results, not_processed, "5.要求行政机关确认或重新出具已获取信息"},
       {"要求行政机关确认或重新出具已获取信息"}},
  };
  if (layout_2019) {
    rows.push_back({"other", {results, other}, {"其他处理"}});
  } else {
    rows.push_back({"other.no_correction",
                    {results, other, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                    {"申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请", "逾期不补正"}});
    rows.push_back({"other.no_fee",
                    {results, other, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                    {"申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
                     "逾期未按收费通知要求缴纳费用"}});
    rows.push_back({"other.other", {results, other, "3.其他"}, {"其他"}});
  }
  rows.push_back({"results_total", {results, "（七）总计"}, {"总计"}});
  rows.push_back({"carried_forward", {"四、结转下年度继续办理"}, {"结转下年度继续办理", "结转下年度"}});

  TableSpec t;
  t.id = TableId::Applications;
  t.key = "applications";
  t.name = "表三";
  t.title = "表三（收到和处理政府信息公开申请情况）";
  t.section = 3;
  t.anchors = {"勾稽关系", "本年新收政府信息公开申请数量"};
  t.matrix_json = true;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    t.rows.push_back({r.key, message_label(r.printed, i ? &rows[i - 1].printed : nullptr), r.match, cols, r.printed});
  }
  return t;
}

TableSpec review_litigation_table() {
  const std::vector<ColumnSpec> cols = {
      {"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"},
      {"pending", "尚未审结"}, {"total", "总计"},
  };
  TableSpec t;
  t.id = TableId::ReviewLitigation;
  t.key = "review_litigation";
  t.name = "表四";
  t.title = "表四（政府信息公开行政复议、行政诉讼情况）";
  t.section = 4;
  // ^: at the start of a line only (a heading or a table's first cell, not
  // prose that speaks of 行政复议).
  t.anchors = {"结果维持", "未经复议直接起诉", "^行政复议"};
  t.single_line = true;
  t.rows = {
      {"review", "行政复议", {}, cols, {"行政复议"}},
      {"litigation_direct", "行政诉讼（未经复议直接起诉）", {}, cols, {"行政诉讼", "未经复议直接起诉"}},
      {"litigation_after_review", "行政诉讼（复议后起诉）", {}, cols, {"行政诉讼", "复议后起诉"}},
  };
  return t;
}

namespace {

std::vector<int> row_range(const TableSpec& t, const std::string& from, const std::string& to) {
  int a = t.row_index(from), b = t.row_index(to);
  if (a < 0 || b < a) throw std::logic_error("format table: bad row range " + from + ".." + to);
  std::vector<int> out;
  for (int i = a; i <= b; ++i) out.push_back(i);
  return out;
}

int row(const TableSpec& t, const std::string& key) {
  int i = t.row_index(key);
  if (i < 0) throw std::logic_error("format table: no row " + key);
  return i;
}

}  // namespace

std::vector<SumRule> standard_rules(const FormatSpec& f) {
  const TableSpec& t3 = f.table(TableId::Applications);
  const TableSpec& t4 = f.table(TableId::ReviewLitigation);
  const std::string last_result = t3.rows[t3.row_index("results_total") - 1].key;
  std::vector<SumRule> rules;
  rules.push_back({"T3.BALANCE", TableId::Applications, SumRule::Over::EachColumn,
                   {row(t3, "new_received"), row(t3, "carried_over")},
                   {row(t3, "results_total"), row(t3, "carried_forward")},
                   row(t3, "results_total"),
                   "「{where}」列：第一项加第二项（{lhs}）不等于第三项加第四项（{rhs}）"});
  rules.push_back({"T3.RESULTS_SUM", TableId::Applications, SumRule::Over::EachColumn,
                   row_range(t3, "granted", last_result),
                   {row(t3, "results_total")},
                   row(t3, "results_total"),
                   "「{where}」列：（一）至（六）各项办理结果之和为 {lhs}，（七）总计写的是 {rhs}"});
  rules.push_back({"T3.ROW_SUM", TableId::Applications, SumRule::Over::EachRow,
                   {0, 1, 2, 3, 4, 5}, {6}, 6,
                   "「{where}」行：六类申请人之和为 {lhs}，总计栏写的是 {rhs}"});
  rules.push_back({"T4.GROUP_SUM", TableId::ReviewLitigation, SumRule::Over::EachRow,
                   {0, 1, 2, 3}, {4}, 4,
                   "「{where}」：结果维持、结果纠正、其他结果、尚未审结之和为 {lhs}，总计写的是 {rhs}"});
  (void)t4;
  return rules;
}

int TableSpec::row_index(const std::string& k) const {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].key == k) return static_cast<int>(i);
  return -1;
}

int TableSpec::column_index(int r, const std::string& k) const {
  if (r < 0 || r >= static_cast<int>(rows.size())) return -1;
  const auto& cols = rows[r].columns;
  for (std::size_t i = 0; i < cols.size(); ++i)
    if (cols[i].key == k) return static_cast<int>(i);
  return -1;
}

const char* table_key(TableId id) {
  switch (id) {
    case TableId::Active: return "active";
    case TableId::Applications: return "applications";
    case TableId::ReviewLitigation: return "review_litigation";
  }
  return "";
}

// The registry: one line per format version, newest first.
const Formats& builtin_formats() {
  static const Formats formats{{&format_2021(), &format_2019()}};
  return formats;
}

const FormatSpec& Formats::for_year(int year) const {
  for (const FormatSpec* f : list)
    if (year >= f->first_year && (f->last_year == 0 || year <= f->last_year)) return *f;
  return newest();
}

std::vector<const FormatSpec*> known_formats() { return builtin_formats().list; }

const FormatSpec& default_format() { return builtin_formats().newest(); }

const FormatSpec& format_for_year(int year) { return builtin_formats().for_year(year); }

}  // namespace gk
