// Rule id → one-line Chinese explanation, shown in the page's 规则说明 list. Each diagnostic links to
// its rule here. Rule ids are the core's (shared/spec/json-output.md); a rule id that is not listed
// matches the longest listed prefix ending in "." (e.g. "PARSE.*"), and one with no match is shown
// without a link.
(function (GK) {
  'use strict';

  var RULES = [
    ['T3.BALANCE', '表三每一列：“一、本年新收”加“二、上年结转”，应等于“三、本年度办理结果（七）总计”加“四、结转下年度继续办理”。'],
    ['T3.RESULTS_SUM', '表三每一列：（一）至（六）各项办理结果相加，应等于（七）总计。'],
    ['T3.ROW_SUM', '表三每一行：自然人与五类法人或其他组织相加，应等于该行的总计。'],
    ['T4.GROUP_SUM', '表四的行政复议、未经复议直接起诉、复议后起诉三组：结果维持、结果纠正、其他结果、尚未审结相加，应等于该组总计。'],
    ['T3.SUSPECT', '表三有几条合计同时不成立时，找出只改一个数字就能让它们全部成立的那一格，它最可能是写错的数字。'],
    ['T4.SUSPECT', '表四合计不成立时，找出只改一个数字就能让它成立的那一格，它最可能是写错的数字。'],
    ['T2.', '表二（主动公开政府信息情况）的数字有问题，例如不是整数、为负数或缺少数字。'],
    ['T3.', '表三（收到和处理政府信息公开申请情况）的数字有问题。'],
    ['T4.', '表四（行政复议、行政诉讼情况）的数字有问题。'],
    ['PARSE.', '读表时遇到的问题：某一格没有数字（空白、“/”、“—”、“无”）、数字写法不对，或某一行、某个表没有找到。没有数字的格按 0 计入合计。'],
    ['INPUT.', '输入本身的问题：文本为空、过大，或含有无法识别的字符。'],
    ['TEXT.', '正文与表格不一致：正文写的数字（如收到申请件数、制发或废止文件数、复议诉讼件数）与表格中的数字不同。'],
    ['STRUCT.', '报告结构问题：缺少某一部分（一至六）、顺序不对，或缺少应当说明的事项（如是否收取信息处理费）。'],
    ['FORMAT.', '报告格式问题：例如 2021 年及以后的年度报告仍使用 2019 年的旧表格格式，或无法判断所用格式。'],
    ['YEAR.', '与上一年度报告对照的问题：例如本年“上年结转”与上一年“结转下年度继续办理”不一致。'],
    ['META.', '报告基本信息的问题：例如年度、统计期间不是完整的自然年（1 月 1 日至 12 月 31 日）。'],
  ];

  var byId = {};
  RULES.forEach(function (r) { byId[r[0]] = r[1]; });

  // The listed id (exact, or the longest "PREFIX." that starts it) that explains `rule`, or null.
  function ruleEntry(rule) {
    if (typeof rule !== 'string' || !rule) return null;
    if (Object.prototype.hasOwnProperty.call(byId, rule)) return rule;
    var best = null;
    RULES.forEach(function (r) {
      var id = r[0];
      if (id.charAt(id.length - 1) === '.' && rule.indexOf(id) === 0 && (!best || id.length > best.length)) best = id;
    });
    return best;
  }

  function anchorId(id) {
    return 'rule-' + id.replace(/[^A-Za-z0-9_-]/g, function (c) { return c === '.' ? '_' : '-'; });
  }

  GK.rules = { list: RULES, entry: ruleEntry, explain: function (id) { return byId[id]; }, anchorId: anchorId };
})(globalThis.GK = globalThis.GK || {});
