// The rule table (see gkcheck/rules.h). Data only: an id here that no code
// emits, or an id emitted that is not here, fails tests/unit/test_rules.cpp.
#include "gkcheck/rules.h"

#include <iterator>

namespace gk {

namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

constexpr RuleInfo kRules[] = {
    // ---- The input ----------------------------------------------------------------------------------------------
    {"INPUT.EMPTY", E, "没有可检查的文字：粘贴的内容是空的，或只有空格和空行。",
     "The text is empty or blank."},
    {"INPUT.TOO_LARGE", E, "文本超过了大小上限，没有检查；一份年度报告通常不到 1 MB，请检查是否粘贴了多余的内容。",
     "The text is over the size limit and was not checked."},
    {"INPUT.INVALID_UTF8", W, "文本中有不是 UTF-8 编码的字节（文件可能是 GBK 编码），已替换为“�”后继续检查；请把文件另存为 UTF-8。",
     "Bytes that are not UTF-8 were replaced by U+FFFD; the file may be GBK."},
    {"INPUT.NOT_A_REPORT", E, "这段文字看起来不是政府信息公开工作年度报告：既没有章节标题（如“一、总体情况”），也没有统计表。",
     "Neither a section heading nor a statistics table was found."},
    // ---- Reading the tables -------------------------------------------------------------------------------------
    {"PARSE.TABLE_MISSING", E, "没有找到表二、表三或表四中的一张表，其中的数都无法核对。",
     "A statistics table (二, 三 or 四) was not found."},
    {"PARSE.UNCHECKED", E, "表中有格式要求的行或格没有读到（行缺失、数读不出、行重复或无法确定），涉及的合计没有核对：结论只对读到的部分成立，请核对原表。",
     "Cells the format requires were not read; the sums they enter are not checked, so the result covers only what was read."},
    {"PARSE.ROW_MISSING", W, "表中缺少格式规定的某些行（被删去，或标签改得认不出），这些行的数未能核对。",
     "Rows of the format were not found in a table; their numbers are not checked."},
    {"PARSE.ROW_UNKNOWN", W, "表中有一行认不出是格式中的哪一行，这一行的数未计入核对。",
     "A table row whose label matches no row of the format; its numbers are ignored."},
    {"PARSE.ROW_UNLABELLED", W, "表中有一行没有标签，已按表格顺序当作下一行读取，请核对。",
     "A table row without a label, read as the next row of the format."},
    {"PARSE.ROW_CELLS", W, "一行中数字的个数与格式规定的栏数不符，无法确定各数属于哪一栏，这一行未计入核对。",
     "A row holds more or fewer numbers than the format's columns; it is not checked."},
    {"PARSE.BLANK_CELL", W, "某一格没有填数字（空白、“/”或“—”），核对合计时按 0 计算；格式要求填 0。",
     "A cell without a number (blank, / or —), counted as 0; the format wants 0."},
    {"PARSE.NUMBER", E, "某一格的数不合要求（如件数写成小数或负数），不能使用，含这一格的合计未核对。",
     "A number that cannot be used (a fraction or negative count); sums with it are not checked."},
    {"PARSE.NUMBER_FORMAT", W, "某一格的数带有千分位逗号或单位，已按读出的数核对；表中只应填数字。",
     "A number written with a thousands separator or a unit; read anyway."},
    // ---- Table 三 ------------------------------------------------------------------------------------------------
    {"T3.BALANCE", E,
     "表三每一列：“一、本年新收”加“二、上年结转”，应等于“三、本年度办理结果（七）总计”加“四、结转下年度继续办理”。",
     "Table 三, each column: new + carried over = results total + carried forward."},
    {"T3.RESULTS_SUM", E, "表三每一列：（一）至（六）各项办理结果相加，应等于（七）总计。",
     "Table 三, each column: the results (一)–(六) add up to (七) 总计."},
    {"T3.ROW_SUM", E, "表三每一行：自然人与五类法人或其他组织相加，应等于该行的总计。",
     "Table 三, each row: the six applicant columns add up to the row's 总计."},
    {"T3.SUSPECT", E, "表三的合计不成立，而只改一个数就能让它们全部成立：这一格最可能是写错的数字。",
     "Table 三: the one cell that, changed alone, makes every failing sum hold."},
    {"T3.NO_SINGLE_SUSPECT", I, "表三的合计不成立，但不能确定是哪一格写错（可能不止一处，或改动几格中的任何一格都行），请逐项核对。",
     "Table 三's sums fail and no single cell explains them."},
    // ---- Table 四 ------------------------------------------------------------------------------------------------
    {"T4.GROUP_SUM", E,
     "表四的行政复议、未经复议直接起诉、复议后起诉三组：结果维持、结果纠正、其他结果、尚未审结相加，应等于该组总计。",
     "Table 四, each group: upheld + corrected + other + pending = total."},
    {"T4.SUSPECT", E, "表四的合计不成立，而只改一个数就能让它成立：这一格最可能是写错的数字。",
     "Table 四: the one cell that, changed alone, makes the failing sums hold."},
    {"T4.NO_SINGLE_SUSPECT", I, "表四的合计不成立，但不能确定是哪一格写错（改动几格中的任何一格都行），请逐项核对。",
     "Table 四's sums fail and no single cell explains them."},
    // ---- The prose against the tables ---------------------------------------------------------------------------
    {"TEXT.APPLICATIONS", W, "正文写的收到（受理）申请件数，与表三“一、本年新收政府信息公开申请数量”不一致。",
     "The applications received, as the prose says, differ from table 三."},
    {"TEXT.APPLICATIONS_HANDLED", W, "正文写的办结申请件数，与表三“（七）总计”不一致。",
     "The applications handled, as the prose says, differ from table 三's results total."},
    {"TEXT.NORMATIVE_DOCS", W, "正文写的规范性文件制发、废止或现行有效件数，与表二不一致。",
     "Normative documents issued, repealed or in force: prose and table 二 differ."},
    {"TEXT.REVIEW_LITIGATION", W, "正文写的行政复议或行政诉讼件数，与表四的总计不一致。",
     "Administrative reviews or lawsuits: prose and table 四 differ."},
    {"TEXT.ENFORCEMENT", W, "正文写的行政许可、行政处罚或行政强制件数，与表二不一致。",
     "Licensing, punishment or coercion decisions: prose and table 二 differ."},
    {"TEXT.FEES", W, "正文一处说未收取信息处理费，另一处又写了收费金额，两处矛盾。",
     "The prose says no fees were charged, and elsewhere names an amount."},
    // ---- The report's structure ---------------------------------------------------------------------------------
    {"STRUCT.OTHER_REPORT", E, "文本中不止一份报告（或不止一张表三，如附在后面的更正表）：只核对了第一份，另外的已单独核对并说明结果；请把每份报告分开检查。",
     "The text holds more than one report (or a second table 三); only the first is checked in full, the others are named with their outcome."},
    {"STRUCT.SECTION_MISSING", W, "缺少六个部分（一至六）中某一部分的标题。",
     "One of the six sections (一 to 六) has no heading."},
    {"STRUCT.SECTION_ORDER", W, "六个部分没有按一至六的顺序排列。",
     "The six sections are out of order."},
    {"STRUCT.PART_MISSING", W,
     "第一部分“总体情况”没有分述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面中的某一方面。",
     "Section 一 lacks one of its five parts."},
    {"STRUCT.FEE_STATEMENT", W, "报告没有说明本年度是否收取信息处理费；应在第六部分“其他需要报告的事项”中说明。",
     "The report does not say whether fees were charged."},
    {"STRUCT.PERIOD_MISSING", W, "没有找到统计期间的说明（如“本报告统计数据从 1 月 1 日至 12 月 31 日”）。",
     "The statistics period is not stated."},
    {"STRUCT.YEAR_MISMATCH", W, "标题中的年度与统计期间的年份不一致。",
     "The title's year and the statistics period's year differ."},
    {"STRUCT.PERIOD", W, "统计期间不是完整的自然年（1 月 1 日至 12 月 31 日）。",
     "The statistics period is not a whole calendar year."},
    // ---- The format version -------------------------------------------------------------------------------------
    {"FORMAT.OUTDATED", W, "2021 年度及以后的报告仍使用 2019 年版的表格格式；应使用国办公开办函〔2021〕30号规定的格式。",
     "A report for 2021 or later in the 2019 table format."},
    // ---- Against last year's report (only when it is given) -----------------------------------------------------
    {"YEAR.CARRIED_OVER", E, "本年表三“二、上年结转”应等于上一年度报告表三的“四、结转下年度继续办理”。",
     "Table 三's carried-over counts differ from last year's carried-forward counts."},
    {"YEAR.IN_FORCE", W, "规章或规范性文件的现行有效件数，应等于上一年度的现行有效件数加本年制发、减本年废止。",
     "In force now ≠ in force last year + issued − repealed."},
    {"YEAR.PREVIOUS_UNREADABLE", W, "给出的上一年度报告中没有读到表三，未与上一年度对照。",
     "Last year's report has no readable table 三; not compared."},
    {"YEAR.PREVIOUS_YEAR", W, "给出的上一年度报告不是本报告前一年的，未与之对照。",
     "The report given as last year's is not of the year before; not compared."},
    // ---- The review of a batch (review*.cpp) -----------------------------------------------------------------------
    {"REVIEW.COPIED_PROSE", W, "报告某一部分的文字大半与同一单位上一年度的报告相同（内容雷同，超过 50%），请按本年度实际情况撰写；消息给出重复的比例和照搬的句子。",
     "More than half of a prose section repeats the same agency's report of the year before."},
    {"REVIEW.SUMMARY_MISMATCH", E, "汇总报告表三或表四的某一格，不等于本批中各组成单位报告同一格之和。",
     "A cell of the summary report's table 三 or 四 differs from the sum of its parts' cells."},
    {"REVIEW.SUMMARY_INCOMPLETE", W, "汇总报告或某份组成报告中有格没有读到，这些格没有与各组成部分之和核对。",
     "Cells of the summary or of a part were not read; those cells are not compared with the parts' sum."},
    {"REVIEW.SUMMARY_NO_PARTS", W, "这份汇总报告在本批中没有同一年度的组成报告，无法与各部分之和核对。",
     "A summary report with no part of its year in the batch; not compared."},
};

}  // namespace

RuleList all_rules() { return {kRules, std::size(kRules)}; }

const RuleInfo* find_rule(std::string_view id) {
  for (const RuleInfo& r : kRules)
    if (id == r.id) return &r;
  return nullptr;
}

}  // namespace gk
