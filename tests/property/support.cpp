#include "support.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace gkprop {

int reports_per_layout(int default_n) {
  if (const char* e = std::getenv("GKCHECK_PROPERTY_N")) {
    int n = std::atoi(e);
    if (n > 0) return n;
  }
  return default_n;
}

std::uint64_t first_seed() {
  if (const char* e = std::getenv("GKCHECK_PROPERTY_SEED")) return std::strtoull(e, nullptr, 10);
  return 1;
}

namespace {

std::string fmt(double v) {
  std::ostringstream o;
  o.precision(12);
  o << v;
  return o.str();
}

const char* state_name(gk::CellState s) {
  switch (s) {
    case gk::CellState::Missing: return "Missing";
    case gk::CellState::Blank: return "Blank";
    case gk::CellState::Unreadable: return "Unreadable";
    case gk::CellState::Value: return "Value";
  }
  return "?";
}

}  // namespace

std::vector<Mismatch> compare(const gk::Result& r, const gkgen::Truth& t) {
  std::vector<Mismatch> out;
  const gk::FormatSpec& f = gk::format_2021();
  for (int ti = 0; ti < gk::kTableCount; ++ti) {
    const gk::TableSpec& spec = f.tables[ti];
    const gk::TableData& td = r.tables[ti];
    for (std::size_t ri = 0; ri < spec.rows.size(); ++ri) {
      for (std::size_t ci = 0; ci < spec.rows[ri].columns.size(); ++ci) {
        const gkgen::TruthCell& want = t.tables[ti][ri][ci];
        const std::string name = gkgen::cell_name(static_cast<gk::TableId>(ti), static_cast<int>(ri), static_cast<int>(ci));
        const std::string exp = want.blank ? "blank(" + want.text + ")" : fmt(want.value);
        if (!td.present || ri >= td.rows.size() || ci >= td.rows[ri].size()) {
          out.push_back({name, exp, td.present ? "no cell" : "table not found", "Missing"});
          continue;
        }
        const gk::Cell& got = td.rows[ri][ci];
        if (want.blank) {
          if (got.state != gk::CellState::Blank)
            out.push_back({name, exp, std::string(state_name(got.state)) + (got.has_number() ? " " + fmt(got.value) : ""),
                           "not blank"});
        } else if (got.state != gk::CellState::Value) {
          out.push_back({name, exp, state_name(got.state), state_name(got.state)});
        } else if (std::fabs(got.value - want.value) > 1e-9 * std::max(1.0, std::fabs(want.value))) {
          out.push_back({name, exp, fmt(got.value), "value"});
        }
      }
    }
  }
  if (r.format == nullptr) out.push_back({"format", "2021", "unknown", "format"});
  else if (r.format->id != "2021") out.push_back({"format", "2021", r.format->id, "format"});
  return out;
}

std::string describe(const gk::Diagnostic& d) {
  std::ostringstream o;
  o << d.rule << " [" << gk::severity_name(d.severity) << "] line " << d.location.line << ": " << d.message;
  return o.str();
}

std::string describe(const std::vector<Mismatch>& m, std::size_t max) {
  std::ostringstream o;
  for (std::size_t i = 0; i < m.size() && i < max; ++i)
    o << "  " << m[i].cell << ": expected " << m[i].expected << ", read " << m[i].actual << "\n";
  if (m.size() > max) o << "  … and " << (m.size() - max) << " more cells\n";
  return o.str();
}

void FailureLog::seen(const gkgen::Report& rep) {
  ++runs_;
  for (const auto& n : rep.notes) ++by_note_[n].first;
  plain_runs_ += rep.notes.empty();
}

void FailureLog::add(const std::string& signature, const gkgen::Report& rep, const std::string& detail) {
  ++total_;
  for (const auto& n : rep.notes) ++by_note_[n].second;
  plain_fails_ += rep.notes.empty();
  Group& g = by_sig_[signature];
  ++g.n;
  if (g.repro.size() < 3) g.repro.push_back(gkgen::repro_command(rep));
  if (details_.size() < 3)
    details_.push_back(gkgen::repro_command(rep) + "   (" + gkgen::join_notes(rep) + ")\n" + detail);
}

std::string FailureLog::summary() const {
  std::ostringstream o;
  o << what_ << ": " << total_ << " of " << runs_ << " report(s) fail, in " << by_sig_.size() << " kind(s)\n";
  if (total_ == 0) return o.str();
  // Which random features the failures go with: a feature of (nearly) all
  // failing reports and few passing ones points at the cause.
  o << "  failing / generated, by feature of the report:\n";
  o << "    " << plain_fails_ << " / " << plain_runs_ << "  (no special feature)\n";
  for (const auto& [note, c] : by_note_)
    if (c.second > 0) o << "    " << c.second << " / " << c.first << "  " << note << "\n";
  o << "  by rows misread:\n";
  std::size_t shown = 0;
  for (const auto& [sig, g] : by_sig_) {
    if (++shown > 25) {
      o << "  … " << (by_sig_.size() - 25) << " more kinds\n";
      break;
    }
    o << "  " << g.n << " × " << sig << "\n";
    for (const auto& r : g.repro) o << "      " << r << "\n";
  }
  return o.str();
}

std::string details(const FailureLog& log) {
  std::string s;
  for (const auto& d : log.first_details()) s += "\n" + d;
  return s;
}

std::string lines_around(const std::string& text, const std::string& needle, int before, int after) {
  std::vector<std::string> lines;
  std::size_t b = 0;
  while (b <= text.size()) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    lines.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  int hit = -1;
  for (int i = 0; i < static_cast<int>(lines.size()); ++i)
    if (lines[static_cast<std::size_t>(i)].find(needle) != std::string::npos) { hit = i; break; }
  if (hit < 0) return "";
  std::ostringstream o;
  for (int i = std::max(0, hit - before); i <= std::min(static_cast<int>(lines.size()) - 1, hit + after); ++i)
    o << "    " << (i + 1) << "| " << lines[static_cast<std::size_t>(i)] << "\n";
  return o.str();
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream o;
  o << f.rdbuf();
  return o.str();
}

}  // namespace gkprop
