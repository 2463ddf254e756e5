// The test-only 2031 format (format_test_only.h): one format file like core/src/format_2021.cpp,
// one registry line (formats_with_2031), and its fixtures (tests/fixtures/formats/2031/).
#include "format_test_only.h"

#include "format_builder.h"

namespace gktest {

namespace {

gk::FormatSpec build_2031() {
  gk::FormatSpec f = gk::format_2021();  // tables 二 and 四 and the sections as in 2021
  f.id = "2031";
  f.name = "国办公开办函〔2031〕1号";
  f.first_year = 2031;
  // Table 二 is the 2021 one, so are its markers; the rest tells the two apart.
  f.markers = {"2031〕1号", "申请人撤回申请", "部分予以公开"};
  for (const std::string& m : gk::format_2021().markers)
    if (m != "2021〕30号") f.markers.push_back(m);

  gk::TableSpec& t3 = f.tables[static_cast<int>(gk::TableId::Applications)];
  // Renamed: （二）部分公开（区分处理的…） → （二）部分予以公开.
  gk::RowSpec& partial = t3.rows[static_cast<std::size_t>(t3.row_index("partially_granted"))];
  partial.printed = {"三、本年度办理结果", "（二）部分予以公开"};
  partial.match = {"部分予以公开"};
  partial.label = gk::message_label(partial.printed, &t3.rows[static_cast<std::size_t>(t3.row_index("granted"))].printed);
  // One more row, after （六）3.其他.
  gk::RowSpec withdrawn;
  withdrawn.key = "other.withdrawn";
  withdrawn.printed = {"三、本年度办理结果", "（六）其他处理", "4.申请人撤回申请"};
  withdrawn.match = {"申请人撤回申请"};
  withdrawn.columns = t3.rows.front().columns;
  const int other = t3.row_index("other.other");
  withdrawn.label = gk::message_label(withdrawn.printed, &t3.rows[static_cast<std::size_t>(other)].printed);
  t3.rows.insert(t3.rows.begin() + other + 1, withdrawn);

  f.rules = gk::standard_rules(f);  // the sums over the rows as they are now
  return f;
}

}  // namespace

const gk::FormatSpec& format_2031() {
  static const gk::FormatSpec spec = build_2031();
  return spec;
}

const gk::Formats& formats_with_2031() {
  static const gk::Formats formats{{&format_2031(), &gk::format_2021(), &gk::format_2019()}};
  return formats;
}

}  // namespace gktest
