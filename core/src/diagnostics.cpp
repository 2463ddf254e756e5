#include "diagnostics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string_view>

namespace gk {

std::string phrase(const char* tmpl, std::initializer_list<Arg> args) {
  const std::string_view t(tmpl);
  std::string out;
  out.reserve(t.size() + 32);
  std::size_t used = 0;  // one bit per argument
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] != '{') {
      out += t[i++];
      continue;
    }
    const std::size_t close = t.find('}', i);
    if (close == std::string_view::npos) throw std::logic_error(std::string("gkcheck: unclosed placeholder in: ") + tmpl);
    const std::string_view name = t.substr(i + 1, close - i - 1);
    std::size_t k = 0;
    const Arg* arg = nullptr;
    for (const Arg& a : args) {
      if (name == a.name) { arg = &a; break; }
      ++k;
    }
    if (!arg) throw std::logic_error("gkcheck: no argument for {" + std::string(name) + "} in: " + tmpl);
    out += arg->value;
    used |= std::size_t{1} << k;
    i = close + 1;
  }
  if (used != (std::size_t{1} << args.size()) - 1) throw std::logic_error(std::string("gkcheck: an argument is not used by: ") + tmpl);
  return out;
}

Diagnostic make_diagnostic(Rule rule, std::string message, Span span) {
  const RuleInfo& info = rule_info(rule);
  Diagnostic d;
  d.rule = info.id;
  d.severity = info.severity;
  d.message = std::move(message);
  d.span = span;
  return d;
}

Diagnostic& add_diagnostic(Result& r, Rule rule, std::string message, Span span) {
  const RuleInfo& info = rule_info(rule);
  Result::RuleCount* count = nullptr;
  for (auto& c : r.rule_counts)
    if (c.rule == info.id) count = &c;
  if (!count) {
    r.rule_counts.push_back({info.id, 0, {}, info.severity});
    count = &r.rule_counts.back();
  }
  if (++count->said > kMaxDiagnosticsPerRule) {
    if (count->said == kMaxDiagnosticsPerRule + 1) count->first_omitted = span;
    r.omitted_scratch = Diagnostic{};
    return r.omitted_scratch;
  }
  r.diagnostics.push_back(make_diagnostic(rule, std::move(message), span));
  return r.diagnostics.back();
}

Diagnostic& report(Result& r, Rule rule, const char* tmpl, std::initializer_list<Arg> args, Span span) {
  return add_diagnostic(r, rule, phrase(tmpl, args), span);
}

void add_omitted_summaries(Result& r) {
  for (const auto& c : r.rule_counts) {
    if (c.said <= kMaxDiagnosticsPerRule) continue;
    Diagnostic d;
    d.rule = c.rule;
    d.severity = c.severity;
    d.message = phrase(msg::kOmitted, {{"rule", c.rule},
                                       {"listed", std::to_string(kMaxDiagnosticsPerRule)},
                                       {"more", std::to_string(c.said - kMaxDiagnosticsPerRule)}});
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
