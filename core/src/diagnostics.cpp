#include "diagnostics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gk {

Diagnostic& add_diagnostic(Result& r, const char* rule, Severity severity, std::string message, Span span) {
  Result::RuleCount* count = nullptr;
  for (auto& c : r.rule_counts)
    if (c.rule == rule) count = &c;
  if (!count) {
    r.rule_counts.push_back({rule, 0, {}, severity});
    count = &r.rule_counts.back();
  }
  if (++count->said > kMaxDiagnosticsPerRule) {
    if (count->said == kMaxDiagnosticsPerRule + 1) count->first_omitted = span;
    r.omitted_scratch = Diagnostic{};
    return r.omitted_scratch;
  }
  Diagnostic d;
  d.rule = rule;
  d.severity = severity;
  d.message = std::move(message);
  d.span = span;
  r.diagnostics.push_back(std::move(d));
  return r.diagnostics.back();
}

void add_omitted_summaries(Result& r) {
  for (const auto& c : r.rule_counts) {
    if (c.said <= kMaxDiagnosticsPerRule) continue;
    Diagnostic d;
    d.rule = c.rule;
    d.severity = c.severity;
    d.message = "同一问题（" + c.rule + "）前面已列出 " + std::to_string(kMaxDiagnosticsPerRule) + " 处，从这里起另有 " +
                std::to_string(c.said - kMaxDiagnosticsPerRule) + " 处未逐一列出；文本中多半混入了大量不属于报告的内容，请核对";
    d.span = c.first_omitted;
    r.diagnostics.push_back(std::move(d));
  }
  r.rule_counts.clear();
  r.omitted_scratch = Diagnostic{};
}

void forget_rule_counts(Result& r, const char* prefix) {
  const std::string p = prefix;
  r.rule_counts.erase(std::remove_if(r.rule_counts.begin(), r.rule_counts.end(),
                                     [&](const Result::RuleCount& c) { return c.rule.rfind(p, 0) == 0; }),
                      r.rule_counts.end());
}

std::string format_number(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
    return std::to_string(static_cast<long long>(v));
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string fill(std::string tmpl, const char* name, const std::string& value) {
  const std::string key = std::string("{") + name + "}";
  for (std::size_t p = tmpl.find(key); p != std::string::npos; p = tmpl.find(key, p + value.size()))
    tmpl.replace(p, key.size(), value);
  return tmpl;
}

}  // namespace gk
