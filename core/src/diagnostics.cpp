#include "diagnostics.h"

#include <cmath>
#include <cstdio>

namespace gk {

Diagnostic& add_diagnostic(Result& r, const char* rule, Severity severity, std::string message, Span span) {
  Diagnostic d;
  d.rule = rule;
  d.severity = severity;
  d.message = std::move(message);
  d.span = span;
  r.diagnostics.push_back(std::move(d));
  return r.diagnostics.back();
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
