// Generated from the core's formats (core/src/format_*.cpp, gk::formats_json()) by
// `bash scripts/gen-rules.sh`: do not edit. Each format's tables, their rows (key, label in
// messages, label cells as printed) and columns; web/labels.js adds the header layout and merges.
(function (GK) {
  'use strict';
  GK.formats = {"default":"2021","formats":[
{"id":"2021","name":"国办公开办函〔2021〕30号","years":[2021,null],"tables":[
{"key":"active","name":"表二","title":"表二（主动公开政府信息情况）","rows":[
{"key":"regulations","label":"规章","printed":["规章"],"columns":[{"key":"issued","label":"本年制发件数","kind":"count"},{"key":"repealed","label":"本年废止件数","kind":"count"},{"key":"in_force","label":"现行有效件数","kind":"count"}]},
{"key":"normative_documents","label":"行政规范性文件","printed":["行政规范性文件"],"columns":[{"key":"issued","label":"本年制发件数","kind":"count"},{"key":"repealed","label":"本年废止件数","kind":"count"},{"key":"in_force","label":"现行有效件数","kind":"count"}]},
{"key":"licensing","label":"行政许可","printed":["行政许可"],"columns":[{"key":"decisions","label":"本年处理决定数量","kind":"count"}]},
{"key":"punishment","label":"行政处罚","printed":["行政处罚"],"columns":[{"key":"decisions","label":"本年处理决定数量","kind":"count"}]},
{"key":"coercion","label":"行政强制","printed":["行政强制"],"columns":[{"key":"decisions","label":"本年处理决定数量","kind":"count"}]},
{"key":"fees","label":"行政事业性收费","printed":["行政事业性收费"],"columns":[{"key":"amount","label":"本年收费金额（单位：万元）","kind":"amount"}]}]},
{"key":"applications","name":"表三","title":"表三（收到和处理政府信息公开申请情况）","columns":[{"key":"natural_person","label":"自然人","kind":"count"},{"key":"commercial","label":"商业企业","kind":"count"},{"key":"research","label":"科研机构","kind":"count"},{"key":"social_welfare","label":"社会公益组织","kind":"count"},{"key":"legal_service","label":"法律服务机构","kind":"count"},{"key":"other_org","label":"其他","kind":"count"},{"key":"total","label":"总计","kind":"count"}],"rows":[
{"key":"new_received","label":"一、本年新收政府信息公开申请数量","printed":["一、本年新收政府信息公开申请数量"]},
{"key":"carried_over","label":"二、上年结转政府信息公开申请数量","printed":["二、上年结转政府信息公开申请数量"]},
{"key":"granted","label":"三、本年度办理结果 （一）予以公开","printed":["三、本年度办理结果","（一）予以公开"]},
{"key":"partially_granted","label":"（二）部分公开（区分处理的，只计这一情形，不计其他情形）","printed":["三、本年度办理结果","（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]},
{"key":"denied.state_secret","label":"（三）不予公开 1.属于国家秘密","printed":["三、本年度办理结果","（三）不予公开","1.属于国家秘密"]},
{"key":"denied.law_prohibited","label":"（三）不予公开 2.其他法律行政法规禁止公开","printed":["三、本年度办理结果","（三）不予公开","2.其他法律行政法规禁止公开"]},
{"key":"denied.three_safeties","label":"（三）不予公开 3.危及“三安全一稳定”","printed":["三、本年度办理结果","（三）不予公开","3.危及“三安全一稳定”"]},
{"key":"denied.third_party","label":"（三）不予公开 4.保护第三方合法权益","printed":["三、本年度办理结果","（三）不予公开","4.保护第三方合法权益"]},
{"key":"denied.internal_affairs","label":"（三）不予公开 5.属于三类内部事务信息","printed":["三、本年度办理结果","（三）不予公开","5.属于三类内部事务信息"]},
{"key":"denied.process_info","label":"（三）不予公开 6.属于四类过程性信息","printed":["三、本年度办理结果","（三）不予公开","6.属于四类过程性信息"]},
{"key":"denied.enforcement_file","label":"（三）不予公开 7.属于行政执法案卷","printed":["三、本年度办理结果","（三）不予公开","7.属于行政执法案卷"]},
{"key":"denied.query_matter","label":"（三）不予公开 8.属于行政查询事项","printed":["三、本年度办理结果","（三）不予公开","8.属于行政查询事项"]},
{"key":"unavailable.not_held","label":"（四）无法提供 1.本机关不掌握相关政府信息","printed":["三、本年度办理结果","（四）无法提供","1.本机关不掌握相关政府信息"]},
{"key":"unavailable.needs_creation","label":"（四）无法提供 2.没有现成信息需要另行制作","printed":["三、本年度办理结果","（四）无法提供","2.没有现成信息需要另行制作"]},
{"key":"unavailable.unclear","label":"（四）无法提供 3.补正后申请内容仍不明确","printed":["三、本年度办理结果","（四）无法提供","3.补正后申请内容仍不明确"]},
{"key":"not_processed.petition","label":"（五）不予处理 1.信访举报投诉类申请","printed":["三、本年度办理结果","（五）不予处理","1.信访举报投诉类申请"]},
{"key":"not_processed.duplicate","label":"（五）不予处理 2.重复申请","printed":["三、本年度办理结果","（五）不予处理","2.重复申请"]},
{"key":"not_processed.publication","label":"（五）不予处理 3.要求提供公开出版物","printed":["三、本年度办理结果","（五）不予处理","3.要求提供公开出版物"]},
{"key":"not_processed.excessive","label":"（五）不予处理 4.无正当理由大量反复申请","printed":["三、本年度办理结果","（五）不予处理","4.无正当理由大量反复申请"]},
{"key":"not_processed.confirmation","label":"（五）不予处理 5.要求行政机关确认或重新出具已获取信息","printed":["三、本年度办理结果","（五）不予处理","5.要求行政机关确认或重新出具已获取信息"]},
{"key":"other.no_correction","label":"（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请","printed":["三、本年度办理结果","（六）其他处理","1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]},
{"key":"other.no_fee","label":"（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请","printed":["三、本年度办理结果","（六）其他处理","2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]},
{"key":"other.other","label":"（六）其他处理 3.其他","printed":["三、本年度办理结果","（六）其他处理","3.其他"]},
{"key":"results_total","label":"（七）总计","printed":["三、本年度办理结果","（七）总计"]},
{"key":"carried_forward","label":"四、结转下年度继续办理","printed":["四、结转下年度继续办理"]}]},
{"key":"review_litigation","name":"表四","title":"表四（政府信息公开行政复议、行政诉讼情况）","columns":[{"key":"upheld","label":"结果维持","kind":"count"},{"key":"corrected","label":"结果纠正","kind":"count"},{"key":"other","label":"其他结果","kind":"count"},{"key":"pending","label":"尚未审结","kind":"count"},{"key":"total","label":"总计","kind":"count"}],"rows":[
{"key":"review","label":"行政复议","printed":["行政复议"]},
{"key":"litigation_direct","label":"行政诉讼（未经复议直接起诉）","printed":["行政诉讼","未经复议直接起诉"]},
{"key":"litigation_after_review","label":"行政诉讼（复议后起诉）","printed":["行政诉讼","复议后起诉"]}]}]},
{"id":"2019","name":"国办公开办函〔2019〕60号","years":[2019,2020],"tables":[
{"key":"active","name":"表二","title":"表二（主动公开政府信息情况）","rows":[
{"key":"regulations","label":"规章","printed":["规章"],"columns":[{"key":"new_made","label":"本年新制作数量","kind":"count"},{"key":"new_published","label":"本年新公开数量","kind":"count"},{"key":"total_published","label":"对外公开总数量","kind":"count"}]},
{"key":"normative_documents","label":"规范性文件","printed":["规范性文件"],"columns":[{"key":"new_made","label":"本年新制作数量","kind":"count"},{"key":"new_published","label":"本年新公开数量","kind":"count"},{"key":"total_published","label":"对外公开总数量","kind":"count"}]},
{"key":"licensing","label":"行政许可","printed":["行政许可"],"columns":[{"key":"previous_items","label":"上一年项目数量","kind":"count"},{"key":"change","label":"本年增/减","kind":"change"},{"key":"decisions","label":"处理决定数量","kind":"count"}]},
{"key":"other_services","label":"其他对外管理服务事项","printed":["其他对外管理服务事项"],"columns":[{"key":"previous_items","label":"上一年项目数量","kind":"count"},{"key":"change","label":"本年增/减","kind":"change"},{"key":"decisions","label":"处理决定数量","kind":"count"}]},
{"key":"punishment","label":"行政处罚","printed":["行政处罚"],"columns":[{"key":"previous_items","label":"上一年项目数量","kind":"count"},{"key":"change","label":"本年增/减","kind":"change"},{"key":"decisions","label":"处理决定数量","kind":"count"}]},
{"key":"coercion","label":"行政强制","printed":["行政强制"],"columns":[{"key":"previous_items","label":"上一年项目数量","kind":"count"},{"key":"change","label":"本年增/减","kind":"change"},{"key":"decisions","label":"处理决定数量","kind":"count"}]},
{"key":"fees","label":"行政事业性收费","printed":["行政事业性收费"],"columns":[{"key":"previous_items","label":"上一年项目数量","kind":"count"},{"key":"change","label":"本年增/减","kind":"change"}]},
{"key":"procurement","label":"政府集中采购","printed":["政府集中采购"],"columns":[{"key":"items","label":"采购项目数量","kind":"count"},{"key":"amount","label":"采购总金额","kind":"text"}]}]},
{"key":"applications","name":"表三","title":"表三（收到和处理政府信息公开申请情况）","columns":[{"key":"natural_person","label":"自然人","kind":"count"},{"key":"commercial","label":"商业企业","kind":"count"},{"key":"research","label":"科研机构","kind":"count"},{"key":"social_welfare","label":"社会公益组织","kind":"count"},{"key":"legal_service","label":"法律服务机构","kind":"count"},{"key":"other_org","label":"其他","kind":"count"},{"key":"total","label":"总计","kind":"count"}],"rows":[
{"key":"new_received","label":"一、本年新收政府信息公开申请数量","printed":["一、本年新收政府信息公开申请数量"]},
{"key":"carried_over","label":"二、上年结转政府信息公开申请数量","printed":["二、上年结转政府信息公开申请数量"]},
{"key":"granted","label":"三、本年度办理结果 （一）予以公开","printed":["三、本年度办理结果","（一）予以公开"]},
{"key":"partially_granted","label":"（二）部分公开（区分处理的，只计这一情形，不计其他情形）","printed":["三、本年度办理结果","（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]},
{"key":"denied.state_secret","label":"（三）不予公开 1.属于国家秘密","printed":["三、本年度办理结果","（三）不予公开","1.属于国家秘密"]},
{"key":"denied.law_prohibited","label":"（三）不予公开 2.其他法律行政法规禁止公开","printed":["三、本年度办理结果","（三）不予公开","2.其他法律行政法规禁止公开"]},
{"key":"denied.three_safeties","label":"（三）不予公开 3.危及“三安全一稳定”","printed":["三、本年度办理结果","（三）不予公开","3.危及“三安全一稳定”"]},
{"key":"denied.third_party","label":"（三）不予公开 4.保护第三方合法权益","printed":["三、本年度办理结果","（三）不予公开","4.保护第三方合法权益"]},
{"key":"denied.internal_affairs","label":"（三）不予公开 5.属于三类内部事务信息","printed":["三、本年度办理结果","（三）不予公开","5.属于三类内部事务信息"]},
{"key":"denied.process_info","label":"（三）不予公开 6.属于四类过程性信息","printed":["三、本年度办理结果","（三）不予公开","6.属于四类过程性信息"]},
{"key":"denied.enforcement_file","label":"（三）不予公开 7.属于行政执法案卷","printed":["三、本年度办理结果","（三）不予公开","7.属于行政执法案卷"]},
{"key":"denied.query_matter","label":"（三）不予公开 8.属于行政查询事项","printed":["三、本年度办理结果","（三）不予公开","8.属于行政查询事项"]},
{"key":"unavailable.not_held","label":"（四）无法提供 1.本机关不掌握相关政府信息","printed":["三、本年度办理结果","（四）无法提供","1.本机关不掌握相关政府信息"]},
{"key":"unavailable.needs_creation","label":"（四）无法提供 2.没有现成信息需要另行制作","printed":["三、本年度办理结果","（四）无法提供","2.没有现成信息需要另行制作"]},
{"key":"unavailable.unclear","label":"（四）无法提供 3.补正后申请内容仍不明确","printed":["三、本年度办理结果","（四）无法提供","3.补正后申请内容仍不明确"]},
{"key":"not_processed.petition","label":"（五）不予处理 1.信访举报投诉类申请","printed":["三、本年度办理结果","（五）不予处理","1.信访举报投诉类申请"]},
{"key":"not_processed.duplicate","label":"（五）不予处理 2.重复申请","printed":["三、本年度办理结果","（五）不予处理","2.重复申请"]},
{"key":"not_processed.publication","label":"（五）不予处理 3.要求提供公开出版物","printed":["三、本年度办理结果","（五）不予处理","3.要求提供公开出版物"]},
{"key":"not_processed.excessive","label":"（五）不予处理 4.无正当理由大量反复申请","printed":["三、本年度办理结果","（五）不予处理","4.无正当理由大量反复申请"]},
{"key":"not_processed.confirmation","label":"（五）不予处理 5.要求行政机关确认或重新出具已获取信息","printed":["三、本年度办理结果","（五）不予处理","5.要求行政机关确认或重新出具已获取信息"]},
{"key":"other","label":"（六）其他处理","printed":["三、本年度办理结果","（六）其他处理"]},
{"key":"results_total","label":"（七）总计","printed":["三、本年度办理结果","（七）总计"]},
{"key":"carried_forward","label":"四、结转下年度继续办理","printed":["四、结转下年度继续办理"]}]},
{"key":"review_litigation","name":"表四","title":"表四（政府信息公开行政复议、行政诉讼情况）","columns":[{"key":"upheld","label":"结果维持","kind":"count"},{"key":"corrected","label":"结果纠正","kind":"count"},{"key":"other","label":"其他结果","kind":"count"},{"key":"pending","label":"尚未审结","kind":"count"},{"key":"total","label":"总计","kind":"count"}],"rows":[
{"key":"review","label":"行政复议","printed":["行政复议"]},
{"key":"litigation_direct","label":"行政诉讼（未经复议直接起诉）","printed":["行政诉讼","未经复议直接起诉"]},
{"key":"litigation_after_review","label":"行政诉讼（复议后起诉）","printed":["行政诉讼","复议后起诉"]}]}]}]};
})(globalThis.GK = globalThis.GK || {});
