// Generated from the core's rule table (core/src/rules.cpp) by `bash scripts/gen-rules.sh`: do not edit.
// Rule id → severity and one-line Chinese explanation, shown in the page's 规则说明 list; each diagnostic
// links to its own rule here. An id that is not listed (a newer core) is shown without a link.
(function (GK) {
  'use strict';

  var RULES = [
    ['INPUT.EMPTY', 'error', '没有可检查的文字：粘贴的内容是空的，或只有空格和空行。'],
    ['INPUT.TOO_LARGE', 'error', '文本超过了大小上限，没有检查；一份年度报告通常不到 1 MB，请检查是否粘贴了多余的内容。'],
    ['INPUT.INVALID_UTF8', 'warning', '文本中有不是 UTF-8 编码的字节（文件可能是 GBK 编码），已替换为“�”后继续检查；请把文件另存为 UTF-8。'],
    ['INPUT.NOT_A_REPORT', 'error', '这段文字看起来不是政府信息公开工作年度报告：既没有章节标题（如“一、总体情况”），也没有统计表。'],
    ['PARSE.TABLE_MISSING', 'error', '没有找到表二、表三或表四中的一张表，其中的数都无法核对。'],
    ['PARSE.UNCHECKED', 'error', '表中有格式要求的行或格没有读到（行缺失、数读不出、行重复或无法确定），涉及的合计没有核对：结论只对读到的部分成立，请核对原表。'],
    ['PARSE.ROW_MISSING', 'warning', '表中缺少格式规定的某些行（被删去，或标签改得认不出），这些行的数未能核对。'],
    ['PARSE.ROW_UNKNOWN', 'warning', '表中有一行认不出是格式中的哪一行，这一行的数未计入核对。'],
    ['PARSE.ROW_UNLABELLED', 'warning', '表中有一行没有标签，已按表格顺序当作下一行读取，请核对。'],
    ['PARSE.CELLS_JOINED', 'warning', '一行的数连在一起，没有空格或分隔符（如从网页复制的“3000003”）；只有位数与栏数相同时才按每位一个数读取，请核对原表。'],
    ['PARSE.COLUMN_MISSING', 'warning', '表中每一行都少了同一栏的数：少的是总计栏时，其余各栏照常读取核对，总计未读到；不能确定少的是哪一栏时，各行都未计入核对。'],
    ['PARSE.ROW_AMBIGUOUS', 'warning', '表中有几行数字没有标签，按表格顺序可以是不止一种行，无法确定是哪几行，这些行未计入核对。'],
    ['PARSE.ROW_DUPLICATE', 'error', '表中同一行出现了两次（复制粘贴时多了一行）；两处的数不同时，这一行未计入核对。'],
    ['PARSE.ROW_CELLS', 'warning', '一行中数字的个数与格式规定的栏数不符，无法确定各数属于哪一栏，这一行未计入核对。'],
    ['PARSE.BLANK_CELL', 'warning', '某一格没有填数字（空白、“/”或“—”），核对合计时按 0 计算；格式要求填 0。'],
    ['PARSE.NUMBER', 'error', '某一格的数不合要求（如件数写成小数或负数），不能使用，含这一格的合计未核对。'],
    ['PARSE.NUMBER_FORMAT', 'warning', '某一格的数带有千分位逗号或单位，已按读出的数核对；表中只应填数字。'],
    ['T3.BALANCE', 'error', '表三每一列：“一、本年新收”加“二、上年结转”，应等于“三、本年度办理结果（七）总计”加“四、结转下年度继续办理”。'],
    ['T3.RESULTS_SUM', 'error', '表三每一列：（一）至（六）各项办理结果相加，应等于（七）总计。'],
    ['T3.ROW_SUM', 'error', '表三每一行：自然人与五类法人或其他组织相加，应等于该行的总计。'],
    ['T3.SUSPECT', 'error', '表三的合计不成立，而只改一个数就能让它们全部成立：这一格最可能是写错的数字。'],
    ['T3.NO_SINGLE_SUSPECT', 'info', '表三的合计不成立，但不能确定是哪一格写错（可能不止一处，或改动几格中的任何一格都行），请逐项核对。'],
    ['T4.GROUP_SUM', 'error', '表四的行政复议、未经复议直接起诉、复议后起诉三组：结果维持、结果纠正、其他结果、尚未审结相加，应等于该组总计。'],
    ['T4.SUSPECT', 'error', '表四的合计不成立，而只改一个数就能让它成立：这一格最可能是写错的数字。'],
    ['T4.NO_SINGLE_SUSPECT', 'info', '表四的合计不成立，但不能确定是哪一格写错（改动几格中的任何一格都行），请逐项核对。'],
    ['TEXT.APPLICATIONS', 'warning', '正文写的收到（受理）申请件数，与表三“一、本年新收政府信息公开申请数量”不一致。'],
    ['TEXT.APPLICATIONS_HANDLED', 'warning', '正文写的办结申请件数，与表三“（七）总计”不一致。'],
    ['TEXT.NORMATIVE_DOCS', 'warning', '正文写的规范性文件制发、废止或现行有效件数，与表二不一致。'],
    ['TEXT.REVIEW_LITIGATION', 'warning', '正文写的行政复议或行政诉讼件数，与表四的总计不一致。'],
    ['TEXT.ENFORCEMENT', 'warning', '正文写的行政许可、行政处罚或行政强制件数，与表二不一致。'],
    ['TEXT.FEES', 'warning', '正文一处说未收取信息处理费，另一处又写了收费金额，两处矛盾。'],
    ['STRUCT.OTHER_REPORT', 'error', '文本中不止一份报告（或不止一张表三，如附在后面的更正表）：只核对了第一份，另外的已单独核对并说明结果；请把每份报告分开检查。'],
    ['STRUCT.SECTION_MISSING', 'warning', '缺少六个部分（一至六）中某一部分的标题。'],
    ['STRUCT.SECTION_ORDER', 'warning', '六个部分没有按一至六的顺序排列。'],
    ['STRUCT.PART_MISSING', 'warning', '第一部分“总体情况”没有分述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面中的某一方面。'],
    ['STRUCT.FEE_STATEMENT', 'warning', '报告没有说明本年度是否收取信息处理费；应在第六部分“其他需要报告的事项”中说明。'],
    ['STRUCT.PERIOD_MISSING', 'warning', '没有找到统计期间的说明（如“本报告统计数据从 1 月 1 日至 12 月 31 日”）。'],
    ['STRUCT.YEAR_MISMATCH', 'warning', '标题中的年度与统计期间的年份不一致。'],
    ['STRUCT.PERIOD', 'warning', '统计期间不是完整的自然年（1 月 1 日至 12 月 31 日）。'],
    ['FORMAT.OUTDATED', 'warning', '2021 年度及以后的报告仍使用 2019 年版的表格格式；应使用国办公开办函〔2021〕30号规定的格式。'],
    ['YEAR.CARRIED_OVER', 'error', '本年表三“二、上年结转”应等于上一年度报告表三的“四、结转下年度继续办理”。'],
    ['YEAR.IN_FORCE', 'warning', '规章或规范性文件的现行有效件数，应等于上一年度的现行有效件数加本年制发、减本年废止。'],
    ['YEAR.PREVIOUS_UNREADABLE', 'warning', '给出的上一年度报告中没有读到表三，未与上一年度对照。'],
    ['YEAR.PREVIOUS_YEAR', 'warning', '给出的上一年度报告不是本报告前一年的，未与之对照。'],
    ['REVIEW.COPIED_PROSE', 'warning', '报告某一部分的文字大半与同一单位上一年度的报告相同（内容雷同，超过 50%），请按本年度实际情况撰写；消息给出重复的比例和照搬的句子。'],
    ['REVIEW.SUMMARY_MISMATCH', 'error', '汇总报告表三或表四的某一格，不等于本批中各组成单位报告同一格之和。'],
    ['REVIEW.SUMMARY_INCOMPLETE', 'warning', '汇总报告或某份组成报告中有格没有读到，这些格没有与各组成部分之和核对。'],
    ['REVIEW.SUMMARY_NO_PARTS', 'warning', '这份汇总报告在本批中没有同一年度的组成报告，无法与各部分之和核对。'],
  ];

  var byId = {};
  RULES.forEach(function (r) { byId[r[0]] = r; });

  function has(id) { return typeof id === 'string' && Object.prototype.hasOwnProperty.call(byId, id); }

  // The listed id that explains `rule` (the rule itself), or null.
  function ruleEntry(rule) { return has(rule) ? rule : null; }

  // "T3.ROW_SUM" → "rule-T3_ROW_SUM": the id of its entry in the 规则说明 list.
  function anchorId(id) {
    return 'rule-' + id.replace(/[^A-Za-z0-9_-]/g, function (c) { return c === '.' ? '_' : '-'; });
  }

  GK.rules = {
    list: RULES,
    entry: ruleEntry,
    explain: function (id) { return has(id) ? byId[id][2] : undefined; },
    severity: function (id) { return has(id) ? byId[id][1] : undefined; },
    anchorId: anchorId,
  };
})(globalThis.GK = globalThis.GK || {});
