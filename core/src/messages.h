// The wording of the core's messages, in one place: each a template whose
// {placeholders} the call site fills by name (report() in diagnostics.h
// refuses a template with a placeholder left unfilled or an argument it does
// not use). Rewording a message is one edit here, and the rule fixtures'
// snapshots (tests/fixtures/rules/) show its effect.
#pragma once

namespace gk::msg {

// ---- The input
inline constexpr const char* kInputEmpty = "没有可检查的文字：请粘贴年度报告的全文";
inline constexpr const char* kInputTooLarge =
    "文本太大（{mb} MB），超过了 {limit} MB 的上限；一份年度报告通常不到 1 MB，请检查是否粘贴了多余的内容";
inline constexpr const char* kInputInvalidUtf8 =
    "文本中有 {count} 处不是有效的 UTF-8 编码，已替换为 “�” 后继续检查；文件可能是 GBK 编码，请另存为 UTF-8";
inline constexpr const char* kInputNotAReport =
    "这段文字看起来不是政府信息公开工作年度报告：没有找到章节标题（如“一、总体情况”），也没有找到任何统计表";

inline constexpr const char* kOmitted =
    "同一问题（{rule}）前面已列出 {listed} 处，从这里起另有 {more} 处未逐一列出；文本中多半混入了大量不属于报告的内容，请核对";

// ---- What was read
inline constexpr const char* kUncheckedSums = "{table}有 {what}，涉及的 {sums} 项合计没有核对，请核对原表";
inline constexpr const char* kUncheckedCells = "{table}有 {what}，这些数没有核对，请核对原表";
inline constexpr const char* kLineTooManyCells =
    "{table}中这一行有 {cells} 格，远多于表格的一行所能有的，不是表格的一行，没有读：请核对原表";
inline constexpr const char* kRowsNotFound = "{count} 行没有读到（{rows}）";
inline constexpr const char* kRowsPartlyRead = "{count} 行的数没有全部读出（{rows}）";
inline constexpr const char* kOtherTable =
    "这里还有一张表三（如更正后的表），只核对了前面的那一张{outcome}；请删去不用的一张后再检查";
inline constexpr const char* kOtherReport = "这里起是另一份报告，本结果只核对了第一份{outcome}；请把每份报告分开检查";

// ---- The table reader
inline constexpr const char* kTableMissing = "没有找到{title}，无法核对其中的数";
inline constexpr const char* kRowsMissing = "{table}中没有找到{rows}，这些行的数未能核对";
inline constexpr const char* kRowUnknown = "{table}中有一行无法识别{label}，其中的数未计入核对";
inline constexpr const char* kRowUnlabelled = "{table}中这一行没有可识别的标签，按表格顺序视为「{row}」行";
inline constexpr const char* kRowsUnplaced =
    "{table}中有数字没有标签，按表格顺序可能是{rows}中的任何一行，无法确定，这些行未计入核对";
inline constexpr const char* kBlockBothWays =
    "{table}中「{row}」起的 {count} 行数字每段 {count} 个，按行读与按列读都说得通，无法确定，这些行未计入核对";
inline constexpr const char* kRowCells = "{where}应有 {width} 个数，读到 {numbers} 个，无法确定各数所在的栏，此行未计入核对";
inline constexpr const char* kBlankCell = "{where}的「{columns}」栏没有填数字（空白、“/”或“—”），核对时按 0 计；格式要求填 0";
inline constexpr const char* kCellsJoined =
    "{table}有 {count} 行的数连在一起（没有空格或分隔符），如「{row}」行；位数与栏数相同，已按每位一个数读取，请核对原表";
inline constexpr const char* kTotalColumnMissing =
    "{table}每一行都只有 {count} 个数，少了「总计」栏：各行的总计没有读到，其余各栏已按顺序读取并核对";
inline constexpr const char* kColumnMissing = "{table}每一行都只有 {count} 个数，少了一栏，但不能确定少的是哪一栏，各行都未计入核对";
inline constexpr const char* kCellSays = "「{row}」行「{column}」栏{says}";
inline constexpr const char* kRowTwiceSame = "{table}中「{row}」行出现了两次，两处的数相同，按一处核对；请删去多余的一行";
inline constexpr const char* kRowTwiceDiffer =
    "{table}中「{row}」行出现了两次，两处的数不同，无法确定哪一处是对的，此行未计入核对";
inline constexpr const char* kSingleOtherRow =
    "{table}的（六）其他处理只有一行（2019 年版格式）；2021 年版格式分为 1.、2.、3. 三行，已把这一行的数记入「3.其他」，"
    "1.、2. 两行按空白计";
inline constexpr const char* kRowsInterleaved =
    "{table}中{rows}的数字在复制的文字中一个一行，又与别的行交错或缺了空白格（PDF 复制出的文字常这样），"
    "无法确定各数所属的行和栏，这些行未计入核对；请用 PDF 文件本身或 Word 原稿检查";

inline constexpr const char* kBlankMarkPlace =
    "{table}「{row}」中有空白标记（“无”“/”“—”），在一个数一行的复制文字中无法确定它在哪一栏，此行未计入核对；"
    "请用 PDF 文件本身或 Word 原稿检查";

// ---- Structure
inline constexpr const char* kSectionMissingBeforeTable = "{table}前缺少第{number}部分的标题{heading}";
inline constexpr const char* kSectionMissing = "缺少第{number}部分{heading}{before}";
inline constexpr const char* kSectionBefore = "（应在{heading}之前）";
inline constexpr const char* kSectionOrder = "第{number}部分{heading}排在第{after}部分之后；六个部分应按一至六的顺序排列";
inline constexpr const char* kPartsNone = "第一部分{heading}没有按{parts}五个方面分述";
inline constexpr const char* kPartMissing = "第一部分{heading}中没有找到“{part}”这一方面";
inline constexpr const char* kFeeStatement =
    "报告中没有说明本年度是否收取信息处理费；按格式要求，应在第六部分“其他需要报告的事项”中说明";
inline constexpr const char* kPeriodMissing = "没有找到统计期间的说明（如“本报告统计数据从 {year} 年 1 月 1 日至 12 月 31 日”）";
inline constexpr const char* kYearMismatch = "标题中的年度是 {year} 年，统计期间却是 {from} 至 {to}";
inline constexpr const char* kPeriodNotYear =
    "统计期间为 {from} 至 {to}，不是 {year} 年全年；年度报告的数据应为 1 月 1 日至 12 月 31 日";
inline constexpr const char* kFormatOutdated =
    "这是 {year} 年度的报告，表格却是 {old_id} 年版格式（{old}，用于 {old_years} 年度）；{from} 年度起应使用{current}规定的格式";

// ---- Prose against the tables
inline constexpr const char* kTextDisagrees = "正文说“{quote}”（{said}），{table}{cells}为 {value}，两处不一致";
inline constexpr const char* kTextWiderScope =
    "正文说“{quote}”（{said}），{table}{cells}为 {value}；这句话说的是“{scope}”的范围，表中是本机关的数，请核实两处是否都对";
inline constexpr const char* kTextFees = "正文一处说“{none}”，此处又说“{charged}”（{amount} 元），两处不一致";

// ---- The one wrong cell
inline constexpr const char* kSuspect = "很可能是{cell}填错：按勾稽关系应为 {value}，{now}";
inline constexpr const char* kNoSingleSuspect = "{table}的勾稽关系错误不能由改动其中某一个数来解释：可能不止一处填错，请逐项核对";
inline constexpr const char* kAnyOfCells =
    "改动以下 {count} 个数中的任何一个都能使{table}的勾稽关系成立，无法确定是哪一个填错，请核对：{list}";

// ---- Last year's report
inline constexpr const char* kCarriedOver =
    "{cell}为 {now}，上一年度报告第 {line} 行{previous_cell}为 {previous}；本年的上年结转数应等于上一年度的结转下年度继续办理数";
inline constexpr const char* kInForce =
    "“{row}”现行有效件数为 {now}；上一年度报告第 {line} 行为 {previous}，加本年制发 {issued}、减本年废止 {repealed} 应为 "
    "{want}（如有规范性文件到期失效等情况，请在正文中说明）";
inline constexpr const char* kPreviousUnreadable =
    "给出的上一年度报告中没有读到表三（收到和处理政府信息公开申请情况），无法核对上年结转数";
inline constexpr const char* kPreviousYear =
    "给出的上一年度报告是 {previous} 年度的，本报告是 {year} 年度；不是相邻两年，未核对上年结转数";

// ---- The reviewer's checks (a batch of reports)
inline constexpr const char* kCopiedProse =
    "第{section}部分有 {percent}% 的文字与上一年度报告（{before}）相同（{total} 字中 {same} 字）{sentences}"
    "；评估指标对重复超过 50% 的内容扣分，请按本年度实际情况撰写";
inline constexpr const char* kCopiedSentences = "，照搬的句子 {count} 句，如{examples}";
inline constexpr const char* kSummaryNoParts =
    "这份报告是汇总报告，但本批中没有同一年度的其他报告，无法与各组成部分之和核对";
inline constexpr const char* kSummaryMismatch =
    "{table}「{cell}」：汇总报告写的是 {summary}，{parts} 份组成报告之和为 {sum}（{values}）";
inline constexpr const char* kSummaryIncomplete =
    "{table}有 {count} 格没有与各组成部分之和核对：{where} 中这些格没有读到（或没有这张表），请核对原表";

}  // namespace gk::msg
