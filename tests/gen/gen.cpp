#include "gkgen/gen.h"

#include <nlohmann/json.hpp>

#include "model.h"
#include "render.h"

namespace gkgen {

const char* layout_name(Layout l) {
  switch (l) {
    case Layout::Tab: return "tab";
    case Layout::Pipe: return "pipe";
    case Layout::Markdown: return "markdown";
    case Layout::Pdf: return "pdf";
    case Layout::Html: return "html";
    case Layout::Print: return "print";
    case Layout::MdConv: return "mdconv";
    case Layout::NoSep: return "nosep";
  }
  return "?";
}

bool parse_layout(std::string_view name, Layout* out) {
  for (Layout l : all_layouts())
    if (name == layout_name(l)) {
      *out = l;
      return true;
    }
  return false;
}

const std::vector<Layout>& text_layouts() {
  static const std::vector<Layout> v = {Layout::Tab, Layout::Pipe, Layout::Markdown, Layout::Pdf};
  return v;
}

const std::vector<Layout>& all_layouts() {
  static const std::vector<Layout> v = {Layout::Tab,  Layout::Pipe,  Layout::Markdown, Layout::Pdf,
                                        Layout::Html, Layout::Print, Layout::MdConv,   Layout::NoSep};
  return v;
}

const std::vector<Layout>& converter_layouts() {
  static const std::vector<Layout> v = {Layout::MdConv, Layout::NoSep};
  return v;
}

Report generate(std::uint64_t seed, Layout layout, const GenOptions& options) {
  Report r;
  r.seed = seed;
  r.layout = layout;
  Model m = make_model(seed);
  if (options.mutate) {
    Rng mrng(seed ^ 0xA5A5A5A55A5A5A5Aull);
    r.mutation = mutate(m.truth, mrng);
  }
  // The render draws depend on the seed and layout only, so a mutated report
  // is its balanced twin with one number changed.
  Rng rrng(seed * 0xD1B54A32D192ED03ull + static_cast<std::uint64_t>(layout) * 0x9E3779B97F4A7C15ull + 7);
  r.text = render(m, layout, rrng, r.notes);
  r.truth = std::move(m.truth);
  return r;
}

std::string cell_name(gk::TableId t, int row, int col) {
  const gk::TableSpec& spec = gk::format_2021().table(t);
  const auto& rs = spec.rows[static_cast<std::size_t>(row)];
  return spec.key + "/" + rs.key + "/" + rs.columns[static_cast<std::size_t>(col)].key;
}

std::string repro_command(const Report& r) {
  return std::string("gkgen --seed ") + std::to_string(r.seed) + " --layout " + layout_name(r.layout) +
         (r.mutation ? " --mutate" : "");
}

std::string join_notes(const Report& r) {
  std::string s;
  for (const auto& n : r.notes) s += (s.empty() ? "" : ", ") + n;
  return s;
}

namespace {

nlohmann::json cell_json(const TruthCell& c) {
  if (c.blank) return nullptr;
  if (c.value == static_cast<double>(static_cast<long long>(c.value))) return static_cast<long long>(c.value);
  return c.value;
}

}  // namespace

std::string truth_json(const Report& r) {
  using nlohmann::json;
  const gk::FormatSpec& f = gk::format_2021();
  json tables = json::object();
  for (int ti = 0; ti < gk::kTableCount; ++ti) {
    const gk::TableSpec& spec = f.tables[ti];
    json t = json::object();
    if (spec.matrix_json) {
      json cols = json::array();
      for (const auto& c : spec.rows[0].columns) cols.push_back(c.key);
      t["columns"] = cols;
      json rows = json::object();
      for (std::size_t ri = 0; ri < spec.rows.size(); ++ri) {
        json a = json::array();
        for (const auto& c : r.truth.tables[ti][ri]) a.push_back(cell_json(c));
        rows[spec.rows[ri].key] = a;
      }
      t["rows"] = rows;
    } else {
      for (std::size_t ri = 0; ri < spec.rows.size(); ++ri) {
        json row = json::object();
        for (std::size_t ci = 0; ci < spec.rows[ri].columns.size(); ++ci)
          row[spec.rows[ri].columns[ci].key] = cell_json(r.truth.tables[ti][ri][ci]);
        t[spec.rows[ri].key] = row;
      }
    }
    tables[spec.key] = t;
  }
  json j = {{"seed", r.seed}, {"layout", layout_name(r.layout)}, {"format", "2021"},
            {"agency", r.truth.agency}, {"year", r.truth.year}, {"tables", tables}, {"notes", r.notes}};
  if (r.mutation) {
    const Mutation& m = *r.mutation;
    const gk::TableSpec& spec = f.table(m.table);
    j["mutation"] = {{"table", spec.key},
                     {"row", spec.rows[static_cast<std::size_t>(m.row)].key},
                     {"column", spec.rows[static_cast<std::size_t>(m.row)].columns[static_cast<std::size_t>(m.col)].key},
                     {"before", cell_json(m.before)},
                     {"after", cell_json(m.after)}};
  } else {
    j["mutation"] = nullptr;
  }
  return j.dump(2);
}

}  // namespace gkgen
