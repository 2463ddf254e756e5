// The review as JSON (one object per report, JSON Lines; the whole review)
// and as CSV (the reports table and the diagnostics, UTF-8 with BOM).
#include <nlohmann/json.hpp>

#include "diagnostics.h"
#include "review_internal.h"

namespace gk {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json figure_json(const std::optional<double>& v) {
  if (!v) return nullptr;
  return static_cast<long long>(*v);
}

const char* verdict_words(Verdict v) { return v == Verdict::Checked ? "完整核对" : "未能完整核对"; }

// One CSV field: quoted when needed; a leading = + - @ is escaped so that a
// spreadsheet does not run it as a formula.
std::string csv_field(const std::string& s) {
  std::string v = s;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  return out + "\r\n";
}

std::string opt_number(const std::optional<double>& v) { return v ? format_number(*v) : ""; }

}  // namespace

std::string review_entry_json(const ReviewResult& rv, std::size_t index) {
  const ReviewEntry& e = rv.entries[index];
  std::string head = "{\"file\":" + dump(Json(e.name));
  if (e.paired_with) head += ",\"paired_with\":" + dump(Json(rv.entries[*e.paired_with].name));
  const std::string body = to_json(e.result);
  Json tail = Json::object();
  tail["summary"] = e.summary;
  if (e.summary) {
    Json parts = Json::array();
    for (std::size_t p : e.parts) parts.push_back(rv.entries[p].name);
    tail["parts"] = parts;
  }
  tail["figures"] = Json{{"new_received", figure_json(e.figures.new_received)},
                         {"results_total", figure_json(e.figures.results_total)},
                         {"carried_forward", figure_json(e.figures.carried_forward)},
                         {"review_total", figure_json(e.figures.review_total)},
                         {"litigation_total", figure_json(e.figures.litigation_total)}};
  tail["problems"] = e.problems;
  const std::string t = dump(tail);
  // {"file":…,"paired_with":…, <the result's fields>, <the review's fields>}
  return head + "," + body.substr(1, body.size() - 2) + "," + t.substr(1);
}

std::string review_json(const ReviewResult& rv) {
  std::string out = "{\"year\":" + (rv.year ? std::to_string(*rv.year) : std::string("null")) + ",\"results\":[";
  for (std::size_t i = 0; i < rv.entries.size(); ++i) out += (i ? "," : "") + review_entry_json(rv, i);
  Json missing = Json::array();
  for (const MissingUnit& m : rv.missing)
    missing.push_back(Json{{"unit", m.unit}, {"last_year", m.last_year ? Json(rv.entries[*m.last_year].name) : Json(nullptr)}});
  return out + "],\"missing\":" + dump(missing) + "}";
}

std::string review_csv_reports(const ReviewResult& rv) {
  std::string out = "\xEF\xBB\xBF";
  out += csv_row({"文件", "单位", "年度", "格式", "核对结论", "错误", "提醒", "本年新收", "办理结果总计", "结转下年度",
                  "行政复议总计", "行政诉讼总计", "上年报告（配对）", "汇总报告", "问题所在"});
  for (const ReviewEntry& e : rv.entries) {
    const Result& r = e.result;
    out += csv_row({e.name, r.meta.agency.value_or(""), r.meta.year ? std::to_string(*r.meta.year) : "",
                    r.format ? r.format->id : "", verdict_words(r.verdict), std::to_string(r.count(Severity::Error)),
                    std::to_string(r.count(Severity::Warning)), opt_number(e.figures.new_received),
                    opt_number(e.figures.results_total), opt_number(e.figures.carried_forward),
                    opt_number(e.figures.review_total), opt_number(e.figures.litigation_total),
                    e.paired_with ? rv.entries[*e.paired_with].name : "", e.summary ? "是" : "", e.problems});
  }
  for (const MissingUnit& m : rv.missing)
    out += csv_row({"", m.unit, rv.year ? std::to_string(*rv.year) : "", "", "未发布报告", "", "", "", "", "", "", "",
                    m.last_year ? rv.entries[*m.last_year].name : "", "", "本年度没有这个单位的报告"});
  return out;
}

std::string review_csv_diagnostics(const ReviewResult& rv) {
  std::string out = "\xEF\xBB\xBF";
  out += csv_row({"文件", "单位", "规则", "级别", "行", "列", "说明"});
  for (const ReviewEntry& e : rv.entries)
    for (const Diagnostic& d : e.result.diagnostics)
      out += csv_row({e.name, e.result.meta.agency.value_or(""), d.rule,
                      d.severity == Severity::Error ? "错误" : d.severity == Severity::Warning ? "提醒" : "说明",
                      std::to_string(d.location.line), std::to_string(d.location.column), d.message});
  return out;
}

}  // namespace gk
