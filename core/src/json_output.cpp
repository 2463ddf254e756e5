// The JSON result of json-output.md. The only place that knows its shape.
#include <cmath>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "gkcheck/check.h"

namespace gk {

namespace {

using Json = nlohmann::ordered_json;

// An object with room for `keys` members. An ordered_json object is a
// vector of (const key, value) pairs: growing it copies every member, the
// values' trees included (a const key cannot be moved), which was a tenth of
// writing the JSON.
Json object_for(std::size_t keys) {
  Json j = Json::object();
  j.get_ref<Json::object_t&>().reserve(keys);
  return j;
}

// Whole numbers print as integers (41, not 41.0); the cast only where a
// long long holds the value (the reader refuses numbers of over 15 digits).
Json number_json(double v) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (std::fabs(v) < kExact && v == std::floor(v)) return static_cast<long long>(v);
  return v;
}

Json cell_json(const Cell& c, const ColumnSpec& col) {
  if (c.state != CellState::Value) return nullptr;
  if (col.kind == ValueKind::Text) return c.text;
  return number_json(c.value);
}

Json table_json(const TableSpec& spec, const TableData& t) {
  if (!t.present) return nullptr;
  Json out = object_for(spec.matrix_json ? 2 : spec.rows.size());
  if (spec.matrix_json) {
    Json cols = Json::array();
    for (const auto& c : spec.rows.front().columns) cols.push_back(c.key);
    out["columns"] = std::move(cols);
    Json rows = object_for(spec.rows.size());
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
      Json row = Json::array();
      for (std::size_t c = 0; c < spec.rows[r].columns.size(); ++c)
        row.push_back(cell_json(t.rows[r][c], spec.rows[r].columns[c]));
      rows[spec.rows[r].key] = std::move(row);
    }
    out["rows"] = std::move(rows);
  } else {
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
      Json row = object_for(spec.rows[r].columns.size());
      for (std::size_t c = 0; c < spec.rows[r].columns.size(); ++c)
        row[spec.rows[r].columns[c].key] = cell_json(t.rows[r][c], spec.rows[r].columns[c]);
      out[spec.rows[r].key] = std::move(row);
    }
  }
  return out;
}

Json& location_fields(Json& j, const Location& l) {
  j["line"] = l.line;
  j["column"] = l.column;
  j["offset"] = l.offset;
  j["length"] = l.length;
  return j;
}

Json cell_ref_json(const FormatSpec* f, const CellRef& c) {
  Json j = object_for(3);
  j["table"] = table_key(c.table);
  if (f) {
    const TableSpec& t = f->table(c.table);
    j["row"] = t.rows.at(c.row).key;
    j["column"] = t.rows.at(c.row).columns.at(c.col).key;
  }
  return j;
}

Json opt_json(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json diagnostic_json(const FormatSpec& spec, const Diagnostic& d) {
  Json dj = object_for(12);  // rule, severity, message, 4 location fields, cells, suspects, expected, actual, related
  dj["rule"] = d.rule;
  dj["severity"] = severity_name(d.severity);
  dj["message"] = d.message;
  location_fields(dj, d.location);
  Json cells = Json::array();
  for (const auto& c : d.cells) cells.push_back(cell_ref_json(&spec, c));
  dj["cells"] = std::move(cells);
  if (!d.suspects.empty()) {
    Json s = Json::array();
    for (const auto& c : d.suspects) s.push_back(cell_ref_json(&spec, c));
    dj["suspects"] = std::move(s);
  }
  if (d.expected) dj["expected"] = number_json(*d.expected);
  if (d.actual) dj["actual"] = number_json(*d.actual);
  if (!d.related_locations.empty()) {
    Json rel = Json::array();
    for (const auto& l : d.related_locations) {
      Json lj = object_for(4);
      rel.push_back(std::move(location_fields(lj, l)));
    }
    dj["related"] = std::move(rel);
  }
  return dj;
}


}  // namespace

std::string to_json(const Result& r) {
  Json j = object_for(7);  // format, verdict, coverage, meta, sections, tables, diagnostics
  j["format"] = r.format ? r.format->id : "unknown";
  j["verdict"] = verdict_name(r.verdict);
  Json coverage = object_for(kTableCount);
  for (int i = 0; i < kTableCount; ++i) {
    const TableCoverage& c = r.coverage[i];
    coverage[table_key(static_cast<TableId>(i))] = {
        {"rows", {c.rows_found, c.rows_expected}},
        {"cells", {c.cells_read, c.cells_expected}},
        {"equations", {c.equations_evaluated, c.equations_total}}};
  }
  j["coverage"] = std::move(coverage);
  Json meta = object_for(3);
  meta["agency"] = opt_json(r.meta.agency);
  meta["year"] = r.meta.year ? Json(*r.meta.year) : Json(nullptr);
  if (r.meta.period_from || r.meta.period_to) {
    meta["period"] = {{"from", opt_json(r.meta.period_from)}, {"to", opt_json(r.meta.period_to)}};
  } else {
    meta["period"] = nullptr;
  }
  j["meta"] = std::move(meta);

  Json sections = Json::array();
  for (const auto& s : r.sections)
    sections.push_back({{"number", s.number}, {"title", s.title}, {"line", s.line}});
  j["sections"] = std::move(sections);

  Json tables = object_for(kTableCount);
  const FormatSpec& spec = r.format ? *r.format : default_format();
  for (int i = 0; i < kTableCount; ++i)
    tables[spec.tables[i].key] = table_json(spec.tables[i], r.tables[i]);
  j["tables"] = std::move(tables);

  // The diagnostics are written one at a time into the text rather than
  // built as one tree: a text with hundreds of thousands of them (one line of
  // tab cells) took over 30 bytes of tree per input byte. The text is the
  // same as the tree's dump: "[" a "," b "]".
  j["diagnostics"] = Json::array();
  std::string out = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  static constexpr std::string_view kSlot = "\"diagnostics\":[]";
  const std::size_t at = out.find(kSlot);  // only the top level has this key; quotes in strings are escaped
  std::string diags;
  for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
    if (i) diags += ',';
    diags += diagnostic_json(spec, r.diagnostics[i]).dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  out.insert(at + kSlot.size() - 1, diags);
  return out;
}

}  // namespace gk
