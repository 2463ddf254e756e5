// The 2019 format (国办公开办函〔2019〕60号), used for report years 2019 and
// 2020. Same sections and table 四; table 二 has other columns and a fifth
// block; table 三 has one （六）其他处理 row. See report-format.md.
#include "format_builder.h"

namespace gk {

namespace {

FormatSpec build_2019() {
  FormatSpec f;
  f.id = "2019";
  f.name = "国办公开办函〔2019〕60号";
  f.first_year = 2019;
  f.last_year = 2020;
  f.markers = {"2019〕60号", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
               "本年增/减", "政府集中采购", "采购项目数量", "采购总金额", "其他对外管理服务事项"};
  f.sections = standard_sections();

  const std::vector<ColumnSpec> doc_cols = {{"new_made", "本年新制作数量"},
                                            {"new_published", "本年新公开数量"},
                                            {"total_published", "对外公开总数量"}};
  const std::vector<ColumnSpec> item_cols = {{"previous_items", "上一年项目数量"},
                                             {"change", "本年增/减", ValueKind::Change},
                                             {"decisions", "处理决定数量"}};
  const std::vector<ColumnSpec> fee_cols = {{"previous_items", "上一年项目数量"},
                                            {"change", "本年增/减", ValueKind::Change}};
  const std::vector<ColumnSpec> purchase_cols = {{"items", "采购项目数量"},
                                                 {"amount", "采购总金额", ValueKind::Text}};

  TableSpec& active = f.tables[0];
  active.id = TableId::Active;
  active.key = "active";
  active.name = "表二";
  active.title = "表二（主动公开政府信息情况）";
  active.section = 2;
  active.anchors = {"第二十条第(一)项", "主动公开政府信息情况"};
  active.rows = {
      {"regulations", "规章", {"规章"}, doc_cols, {}},
      {"normative_documents", "规范性文件", {"规范性文件"}, doc_cols, {}},
      {"licensing", "行政许可", {"行政许可"}, item_cols, {}},
      {"other_services", "其他对外管理服务事项", {"其他对外管理服务事项"}, item_cols, {}},
      {"punishment", "行政处罚", {"行政处罚"}, item_cols, {}},
      {"coercion", "行政强制", {"行政强制"}, item_cols, {}},
      {"fees", "行政事业性收费", {"行政事业性收费", "事业性收费"}, fee_cols, {}},
      {"procurement", "政府集中采购", {"政府集中采购", "集中采购"}, purchase_cols, {}},
  };

  f.tables[1] = applications_table(/*layout_2019=*/true);
  f.tables[2] = review_litigation_table();
  f.rules = standard_rules(f);
  return f;
}

}  // namespace

const FormatSpec& format_2019() {
  static const FormatSpec spec = build_2019();
  return spec;
}

}  // namespace gk
