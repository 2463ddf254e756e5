// The 2021 format (国办公开办函〔2021〕30号), as data. See
// shared/spec/report-format.md. Match words are written as the reader sees
// labels: no spaces, punctuation or enumerators.
#include "format_builder.h"

namespace gk {

namespace {

FormatSpec build_2021() {
  FormatSpec f;
  f.id = "2021";
  f.name = "国办公开办函〔2021〕30号";
  f.first_year = 2021;
  f.markers = {"2021〕30号", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
               "本年收费金额", "逾期不补正", "逾期未按收费通知要求缴纳费用"};
  f.sections = standard_sections();

  const std::vector<ColumnSpec> doc_cols = {
      {"issued", "本年制发件数"}, {"repealed", "本年废止件数"}, {"in_force", "现行有效件数"}};
  const std::vector<ColumnSpec> decision_cols = {{"decisions", "本年处理决定数量"}};
  const std::vector<ColumnSpec> fee_cols = {{"amount", "本年收费金额（单位：万元）", ValueKind::Amount}};

  TableSpec& active = f.tables[0];
  active.id = TableId::Active;
  active.key = "active";
  active.name = "表二";
  active.title = "表二（主动公开政府信息情况）";
  active.section = 2;
  active.anchors = {"第二十条第(一)项", "主动公开政府信息情况"};
  active.rows = {
      {"regulations", "规章", {"规章"}, doc_cols, {}},
      {"normative_documents", "行政规范性文件", {"行政规范性文件", "规范性文件"}, doc_cols, {}},
      {"licensing", "行政许可", {"行政许可"}, decision_cols, {}},
      {"punishment", "行政处罚", {"行政处罚"}, decision_cols, {}},
      {"coercion", "行政强制", {"行政强制"}, decision_cols, {}},
      {"fees", "行政事业性收费", {"行政事业性收费", "事业性收费"}, fee_cols, {}},
  };

  f.tables[1] = applications_table(/*layout_2019=*/false);
  f.tables[2] = review_litigation_table();
  f.rules = standard_rules(f);
  return f;
}

}  // namespace

const FormatSpec& format_2021() {
  static const FormatSpec spec = build_2021();
  return spec;
}

}  // namespace gk
