#include "labels.h"

#include <stdexcept>

namespace gkgen {

const char* const kT3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
const char* const kReview = "行政复议";
const char* const kLitigation = "行政诉讼";
const char* const kLitDirect = "未经复议直接起诉";
const char* const kLitAfterReview = "复议后起诉";

const std::vector<T3Label>& t3_labels() {
  static const std::vector<T3Label> v = {
      {"new_received", "一、本年新收政府信息公开申请数量", nullptr, nullptr, 0, nullptr},
      {"carried_over", "二、上年结转政府信息公开申请数量", nullptr, nullptr, 0, nullptr},
      {"granted", "三、本年度办理结果", "一", "予以公开", 0, nullptr},
      {"partially_granted", nullptr, "二", "部分公开（区分处理的，只计这一情形，不计其他情形）", 0, nullptr},
      {"denied.state_secret", nullptr, "三", "不予公开", 1, "属于国家秘密"},
      {"denied.law_prohibited", nullptr, "三", "不予公开", 2, "其他法律行政法规禁止公开"},
      {"denied.three_safeties", nullptr, "三", "不予公开", 3, "危及“三安全一稳定”"},
      {"denied.third_party", nullptr, "三", "不予公开", 4, "保护第三方合法权益"},
      {"denied.internal_affairs", nullptr, "三", "不予公开", 5, "属于三类内部事务信息"},
      {"denied.process_info", nullptr, "三", "不予公开", 6, "属于四类过程性信息"},
      {"denied.enforcement_file", nullptr, "三", "不予公开", 7, "属于行政执法案卷"},
      {"denied.query_matter", nullptr, "三", "不予公开", 8, "属于行政查询事项"},
      {"unavailable.not_held", nullptr, "四", "无法提供", 1, "本机关不掌握相关政府信息"},
      {"unavailable.needs_creation", nullptr, "四", "无法提供", 2, "没有现成信息需要另行制作"},
      {"unavailable.unclear", nullptr, "四", "无法提供", 3, "补正后申请内容仍不明确"},
      {"not_processed.petition", nullptr, "五", "不予处理", 1, "信访举报投诉类申请"},
      {"not_processed.duplicate", nullptr, "五", "不予处理", 2, "重复申请"},
      {"not_processed.publication", nullptr, "五", "不予处理", 3, "要求提供公开出版物"},
      {"not_processed.excessive", nullptr, "五", "不予处理", 4, "无正当理由大量反复申请"},
      {"not_processed.confirmation", nullptr, "五", "不予处理", 5, "要求行政机关确认或重新出具已获取信息"},
      {"other.no_correction", nullptr, "六", "其他处理", 1, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
      {"other.no_fee", nullptr, "六", "其他处理", 2, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
      {"other.other", nullptr, "六", "其他处理", 3, "其他"},
      {"results_total", nullptr, "七", "总计", 0, nullptr},
      {"carried_forward", "四、结转下年度继续办理", nullptr, nullptr, 0, nullptr},
  };
  return v;
}

const T3Label& t3_label(const std::string& key) {
  for (const auto& l : t3_labels())
    if (key == l.key) return l;
  throw std::logic_error("gkgen: no printed label for table 三 row " + key);
}

const std::vector<T2Block>& t2_blocks() {
  static const std::vector<T2Block> v = {
      {"第二十条第（一）项", {"regulations", "normative_documents"}},
      {"第二十条第（五）项", {"licensing"}},
      {"第二十条第（六）项", {"punishment", "coercion"}},
      {"第二十条第（八）项", {"fees"}},
  };
  return v;
}

}  // namespace gkgen
