// The JSON result of json-output.md. The only place that knows its shape.
//
// Written straight into the text (json_writer.h) rather than built as a tree
// and dumped: the tree's allocations and the dump were over a third of a
// check of a short text. The text is byte for byte what nlohmann's
// dump(-1, ' ', false, replace) of the same tree gave (tests/unit compare the
// two on the rule fixtures).
#include <cmath>
#include <string>

#include "gkcheck/check.h"
#include "json_writer.h"

namespace gk {

namespace {

// Whole numbers print as integers (41, not 41.0); the cast only where a
// long long holds the value (the reader refuses numbers of over 15 digits).
void number(JsonWriter& w, double v) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (std::fabs(v) < kExact && v == std::floor(v)) w.integer(static_cast<long long>(v));
  else w.real(v);
}

void cell(JsonWriter& w, const Cell& c, const ColumnSpec& col) {
  if (c.state != CellState::Value) w.null();
  else if (col.kind == ValueKind::Text) w.string(c.text);
  else number(w, c.value);
}

void table(JsonWriter& w, const TableSpec& spec, const TableData& t) {
  if (!t.present) {
    w.null();
    return;
  }
  w.begin('{');
  if (spec.matrix_json) {
    w.key("columns").begin('[');
    for (const auto& c : spec.rows.front().columns) w.string(c.key);
    w.end(']');
    w.key("rows").begin('{');
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
      w.key(spec.rows[r].key).begin('[');
      for (std::size_t c = 0; c < spec.rows[r].columns.size(); ++c) cell(w, t.rows[r][c], spec.rows[r].columns[c]);
      w.end(']');
    }
    w.end('}');
  } else {
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
      w.key(spec.rows[r].key).begin('{');
      for (std::size_t c = 0; c < spec.rows[r].columns.size(); ++c) {
        w.key(spec.rows[r].columns[c].key);
        cell(w, t.rows[r][c], spec.rows[r].columns[c]);
      }
      w.end('}');
    }
  }
  w.end('}');
}

void location_fields(JsonWriter& w, const Location& l) {
  w.key("line").integer(l.line);
  w.key("column").integer(l.column);
  w.key("offset").integer(l.offset);
  w.key("length").integer(l.length);
}

void cell_ref(JsonWriter& w, const FormatSpec& f, const CellRef& c) {
  w.begin('{');
  w.key("table").string(table_key(c.table));
  const TableSpec& t = f.table(c.table);
  w.key("row").string(t.rows.at(c.row).key);
  w.key("column").string(t.rows.at(c.row).columns.at(c.col).key);
  w.end('}');
}

void optional_string(JsonWriter& w, const std::optional<std::string>& s) {
  if (s) w.string(*s);
  else w.null();
}

void diagnostic(JsonWriter& w, const FormatSpec& spec, const Diagnostic& d) {
  w.begin('{');
  w.key("rule").string(d.rule);
  w.key("severity").string(severity_name(d.severity));
  w.key("message").string(d.message);
  location_fields(w, d.location);
  w.key("cells").begin('[');
  for (const auto& c : d.cells) cell_ref(w, spec, c);
  w.end(']');
  if (!d.suspects.empty()) {
    w.key("suspects").begin('[');
    for (const auto& c : d.suspects) cell_ref(w, spec, c);
    w.end(']');
  }
  if (d.expected) number(w.key("expected"), *d.expected);
  if (d.actual) number(w.key("actual"), *d.actual);
  if (!d.related_locations.empty()) {
    w.key("related").begin('[');
    for (const auto& l : d.related_locations) {
      w.begin('{');
      location_fields(w, l);
      w.end('}');
    }
    w.end(']');
  }
  w.end('}');
}

void counts(JsonWriter& w, const char* name, std::uint32_t a, std::uint32_t b) {
  w.key(name).begin('[').integer(a).integer(b).end(']');
}

}  // namespace

std::string to_json(const Result& r) {
  JsonWriter w;
  w.begin('{');
  w.key("format").string(r.format ? r.format->id : "unknown");
  w.key("verdict").string(verdict_name(r.verdict));
  w.key("coverage").begin('{');
  for (int i = 0; i < kTableCount; ++i) {
    const TableCoverage& c = r.coverage[i];
    w.key(table_key(static_cast<TableId>(i))).begin('{');
    counts(w, "rows", c.rows_found, c.rows_expected);
    counts(w, "cells", c.cells_read, c.cells_expected);
    counts(w, "equations", c.equations_evaluated, c.equations_total);
    w.end('}');
  }
  w.end('}');
  w.key("meta").begin('{');
  optional_string(w.key("agency"), r.meta.agency);
  if (r.meta.year) w.key("year").integer(*r.meta.year);
  else w.key("year").null();
  if (r.meta.period_from || r.meta.period_to) {
    w.key("period").begin('{');
    optional_string(w.key("from"), r.meta.period_from);
    optional_string(w.key("to"), r.meta.period_to);
    w.end('}');
  } else {
    w.key("period").null();
  }
  w.end('}');

  w.key("sections").begin('[');
  for (const auto& s : r.sections) {
    w.begin('{');
    w.key("number").integer(s.number);
    w.key("title").string(s.title);
    w.key("line").integer(s.line);
    w.end('}');
  }
  w.end(']');

  const FormatSpec& spec = r.format ? *r.format : default_format();
  w.key("tables").begin('{');
  for (int i = 0; i < kTableCount; ++i) table(w.key(spec.tables[i].key), spec.tables[i], r.tables[i]);
  w.end('}');

  w.key("diagnostics").begin('[');
  for (const auto& d : r.diagnostics) diagnostic(w, spec, d);
  w.end(']');
  w.end('}');
  return w.take();
}

}  // namespace gk
