// The official layout of the three tables (国办公开办函〔2021〕30号 and the 2019 layout of
// 国办公开办函〔2019〕60号), as data: header rows, row labels with their row/column spans, and
// the canonical keys of shared/spec/report-format.md. render.js builds <table> elements from it;
// export.js builds the CSV from it. Nothing else in the page knows these labels.
//
// Label cell: { t: text, rs: rowspan, cs: colspan }. A row's `labels` lists the label cells that
// START on that row; cells spanning down from earlier rows are not repeated.
(function (GK) {
  'use strict';

  // ---- 表三: 收到和处理政府信息公开申请情况 (key "applications") -------------------------------
  var APPLICANT_COLUMNS = [
    { key: 'natural_person', t: '自然人', path: ['申请人情况', '自然人'] },
    { key: 'commercial', t: '商业企业', path: ['申请人情况', '法人或其他组织', '商业企业'] },
    { key: 'research', t: '科研机构', path: ['申请人情况', '法人或其他组织', '科研机构'] },
    { key: 'social_welfare', t: '社会公益组织', path: ['申请人情况', '法人或其他组织', '社会公益组织'] },
    { key: 'legal_service', t: '法律服务机构', path: ['申请人情况', '法人或其他组织', '法律服务机构'] },
    { key: 'other_org', t: '其他', path: ['申请人情况', '法人或其他组织', '其他'] },
    { key: 'total', t: '总计', path: ['申请人情况', '总计'] },
  ];

  // Three header rows above the seven number columns; the corner cell spans the three label columns.
  var APPLICATIONS_HEADER = [
    [
      { t: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rs: 3, cs: 3, corner: true },
      { t: '申请人情况', cs: 7 },
    ],
    [
      { t: '自然人', rs: 2, col: 'natural_person' },
      { t: '法人或其他组织', cs: 5 },
      { t: '总计', rs: 2, col: 'total' },
    ],
    [
      { t: '商业企业', col: 'commercial' },
      { t: '科研机构', col: 'research' },
      { t: '社会公益组织', col: 'social_welfare' },
      { t: '法律服务机构', col: 'legal_service' },
      { t: '其他', col: 'other_org' },
    ],
  ];

  function applicationsRows(layout2019) {
    var rows = [
      { key: 'new_received', labels: [{ t: '一、本年新收政府信息公开申请数量', cs: 3 }] },
      { key: 'carried_over', labels: [{ t: '二、上年结转政府信息公开申请数量', cs: 3 }] },
      { key: 'granted', labels: [{ t: '三、本年度办理结果', rs: layout2019 ? 20 : 22 }, { t: '（一）予以公开', cs: 2 }] },
      { key: 'partially_granted', labels: [{ t: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', cs: 2 }] },
      { key: 'denied.state_secret', labels: [{ t: '（三）不予公开', rs: 8 }, { t: '1.属于国家秘密' }] },
      { key: 'denied.law_prohibited', labels: [{ t: '2.其他法律行政法规禁止公开' }] },
      { key: 'denied.three_safeties', labels: [{ t: '3.危及“三安全一稳定”' }] },
      { key: 'denied.third_party', labels: [{ t: '4.保护第三方合法权益' }] },
      { key: 'denied.internal_affairs', labels: [{ t: '5.属于三类内部事务信息' }] },
      { key: 'denied.process_info', labels: [{ t: '6.属于四类过程性信息' }] },
      { key: 'denied.enforcement_file', labels: [{ t: '7.属于行政执法案卷' }] },
      { key: 'denied.query_matter', labels: [{ t: '8.属于行政查询事项' }] },
      { key: 'unavailable.not_held', labels: [{ t: '（四）无法提供', rs: 3 }, { t: '1.本机关不掌握相关政府信息' }] },
      { key: 'unavailable.needs_creation', labels: [{ t: '2.没有现成信息需要另行制作' }] },
      { key: 'unavailable.unclear', labels: [{ t: '3.补正后申请内容仍不明确' }] },
      { key: 'not_processed.petition', labels: [{ t: '（五）不予处理', rs: 5 }, { t: '1.信访举报投诉类申请' }] },
      { key: 'not_processed.duplicate', labels: [{ t: '2.重复申请' }] },
      { key: 'not_processed.publication', labels: [{ t: '3.要求提供公开出版物' }] },
      { key: 'not_processed.excessive', labels: [{ t: '4.无正当理由大量反复申请' }] },
      { key: 'not_processed.confirmation', labels: [{ t: '5.要求行政机关确认或重新出具已获取信息' }] },
    ];
    if (layout2019) {
      rows.push({ key: 'other', labels: [{ t: '（六）其他处理', cs: 2 }] });
    } else {
      rows.push(
        { key: 'other.no_correction', labels: [{ t: '（六）其他处理', rs: 3 }, { t: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' }] },
        { key: 'other.no_fee', labels: [{ t: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' }] },
        { key: 'other.other', labels: [{ t: '3.其他' }] }
      );
    }
    rows.push(
      { key: 'results_total', labels: [{ t: '（七）总计', cs: 2 }] },
      { key: 'carried_forward', labels: [{ t: '四、结转下年度继续办理', cs: 3 }] }
    );
    return rows;
  }

  // ---- 表四: 行政复议、行政诉讼 (key "review_litigation") ------------------------------------------
  var GROUP_COLUMNS = [
    { key: 'upheld', t: '结果维持' },
    { key: 'corrected', t: '结果纠正' },
    { key: 'other', t: '其他结果' },
    { key: 'pending', t: '尚未审结' },
    { key: 'total', t: '总计' },
  ];
  var REVIEW_GROUPS = [
    { key: 'review', t: '行政复议', path: ['行政复议'] },
    { key: 'litigation_direct', t: '行政诉讼 · 未经复议直接起诉', path: ['行政诉讼', '未经复议直接起诉'] },
    { key: 'litigation_after_review', t: '行政诉讼 · 复议后起诉', path: ['行政诉讼', '复议后起诉'] },
  ];
  var REVIEW_HEADER = [
    [{ t: '行政复议', cs: 5, rs: 2 }, { t: '行政诉讼', cs: 10 }],
    [{ t: '未经复议直接起诉', cs: 5 }, { t: '复议后起诉', cs: 5 }],
  ];

  // ---- 表二: 主动公开政府信息情况 (key "active") ------------------------------------------------------
  // Four blocks (five in 2019), each: a heading row naming the article, a header row, data rows.
  // Every block is laid on a grid of 1 label column + 3 value columns (a block with fewer value
  // columns lets its last one span the rest, as the official table does).
  var ACTIVE_2021 = [
    {
      article: '第二十条第（一）项',
      columns: [{ key: 'issued', t: '本年制发件数' }, { key: 'repealed', t: '本年废止件数' }, { key: 'in_force', t: '现行有效件数' }],
      rows: [{ key: 'regulations', t: '规章' }, { key: 'normative_documents', t: '行政规范性文件' }],
    },
    {
      article: '第二十条第（五）项',
      columns: [{ key: 'decisions', t: '本年处理决定数量' }],
      rows: [{ key: 'licensing', t: '行政许可' }],
    },
    {
      article: '第二十条第（六）项',
      columns: [{ key: 'decisions', t: '本年处理决定数量' }],
      rows: [{ key: 'punishment', t: '行政处罚' }, { key: 'coercion', t: '行政强制' }],
    },
    {
      article: '第二十条第（八）项',
      columns: [{ key: 'amount', t: '本年收费金额（单位：万元）', amount: true }],
      rows: [{ key: 'fees', t: '行政事业性收费' }],
    },
  ];
  var ITEM_COLS_2019 = [
    { key: 'previous_items', t: '上一年项目数量' },
    { key: 'change', t: '本年增/减', signed: true },
    { key: 'decisions', t: '处理决定数量' },
  ];
  var ACTIVE_2019 = [
    {
      article: '第二十条第（一）项',
      columns: [{ key: 'new_made', t: '本年新制作数量' }, { key: 'new_published', t: '本年新公开数量' }, { key: 'total_published', t: '对外公开总数量' }],
      rows: [{ key: 'regulations', t: '规章' }, { key: 'normative_documents', t: '规范性文件' }],
    },
    {
      article: '第二十条第（五）项',
      columns: ITEM_COLS_2019,
      rows: [{ key: 'licensing', t: '行政许可' }, { key: 'other_services', t: '其他对外管理服务事项' }],
    },
    {
      article: '第二十条第（六）项',
      columns: ITEM_COLS_2019,
      rows: [{ key: 'punishment', t: '行政处罚' }, { key: 'coercion', t: '行政强制' }],
    },
    {
      article: '第二十条第（八）项',
      columns: [{ key: 'previous_items', t: '上一年项目数量' }, { key: 'change', t: '本年增/减', signed: true }],
      rows: [{ key: 'fees', t: '行政事业性收费' }],
    },
    {
      article: '第二十条第（九）项',
      columns: [{ key: 'items', t: '采购项目数量' }, { key: 'amount', t: '采购总金额', text: true }],
      rows: [{ key: 'procurement', t: '政府集中采购' }],
    },
  ];

  var TABLES = [
    { key: 'active', number: '二', title: '主动公开政府信息情况' },
    { key: 'applications', number: '三', title: '收到和处理政府信息公开申请情况' },
    { key: 'review_litigation', number: '四', title: '政府信息公开行政复议、行政诉讼情况' },
  ];

  function layout(format) {
    var is2019 = format === '2019';
    return {
      format: is2019 ? '2019' : '2021',
      tables: TABLES,
      active: { blocks: is2019 ? ACTIVE_2019 : ACTIVE_2021, labelHeader: '信息内容', valueColumns: 3 },
      applications: {
        header: APPLICATIONS_HEADER,
        columns: APPLICANT_COLUMNS,
        rows: applicationsRows(is2019),
        labelColumns: 3,
      },
      review_litigation: { header: REVIEW_HEADER, groups: REVIEW_GROUPS, columns: GROUP_COLUMNS },
    };
  }

  // Full row label of table 三 (parents joined), for CSV and messages.
  function applicationsRowLabels(rows) {
    var open = []; // [{t, left}] label cells still spanning down
    var out = {};
    rows.forEach(function (row) {
      open = open.filter(function (c) { return c.left > 0; });
      var parts = open.map(function (c) { return c.t; });
      row.labels.forEach(function (l) {
        parts.push(l.t);
        if ((l.rs || 1) > 1) open.push({ t: l.t, left: l.rs });
      });
      open.forEach(function (c) { c.left -= 1; });
      out[row.key] = parts.join(' ');
    });
    return out;
  }

  GK.labels = { layout: layout, tables: TABLES, applicationsRowLabels: applicationsRowLabels };
})(globalThis.GK = globalThis.GK || {});
