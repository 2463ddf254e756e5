#include "model.h"

#include <stdexcept>

namespace gkgen {

namespace {

const gk::FormatSpec& F() { return gk::format_2021(); }
constexpr gk::TableId T2 = gk::TableId::Active;
constexpr gk::TableId T3 = gk::TableId::Applications;
constexpr gk::TableId T4 = gk::TableId::ReviewLitigation;

std::string g(long long v) { return std::string(1, kNumGap) + num(v) + std::string(1, kNumGap); }

// ---------------------------------------------------------------- agency

std::string make_agency(Rng& rng) {
  static const std::vector<std::string> first = {"盐", "西", "社", "平", "中", "永", "清", "东", "南", "北", "安", "兴",
                                                 "宁", "德", "长", "新", "金", "青", "丰", "阳", "华", "明", "泰", "和"};
  static const std::vector<std::string> second = {"池", "夏", "旗", "罗", "宁", "川", "河", "山", "源", "城", "丰",
                                                  "安", "平", "江", "湖", "阳", "水", "原", "乐", "林", "州", "台"};
  static const std::vector<std::string> unit = {"县", "县", "县", "区", "市", "旗"};
  static const std::vector<std::string> body = {
      "人民政府",           "人民政府办公室",   "人民政府办公室",   "教育局",       "交通运输局",
      "自然资源局",         "住房和城乡建设局", "市场监督管理局",   "卫生健康局",   "农业农村局",
      "生态环境局",         "财政局",           "人力资源和社会保障局", "民政局",   "公安局",
      "应急管理局",         "审计局",           "水务局",           "司法局",       "退役军人事务局"};
  std::string place = rng.pick(first) + rng.pick(second);
  std::string agency = place + rng.pick(unit);
  if (rng.chance(0.15)) {
    static const std::vector<std::string> towns = {"宝丰镇", "城关镇", "新华街道", "东城街道", "石桥乡", "大河镇"};
    return agency + rng.pick(towns) + (rng.chance(0.5) ? "人民政府" : "");
  }
  return agency + rng.pick(body);
}

// ---------------------------------------------------------------- numbers

void fill_active(Truth& t, Rng& rng) {
  auto set = [&](const char* row, const char* col, long long v) {
    int r = row_of(T2, row);
    t.at(T2, r, col_of(T2, r, col)).value = static_cast<double>(v);
  };
  if (rng.chance(0.12)) {
    long long in = rng.irange(0, 6);
    set("regulations", "issued", rng.chance(0.5) ? 0 : rng.irange(0, 3));
    set("regulations", "repealed", rng.chance(0.6) ? 0 : rng.irange(0, 2));
    set("regulations", "in_force", in + rng.irange(0, 30));
  }
  {
    long long issued = rng.chance(0.3) ? 0 : rng.log_range(1, 40);
    long long repealed = rng.chance(0.5) ? 0 : rng.log_range(1, 25);
    long long in_force = issued + (rng.chance(0.1) ? 0 : rng.log_range(1, 300));
    set("normative_documents", "issued", issued);
    set("normative_documents", "repealed", repealed);
    set("normative_documents", "in_force", in_force);
  }
  set("licensing", "decisions", rng.chance(0.4) ? 0 : rng.log_range(1, rng.chance(0.1) ? 60000 : 3000));
  set("punishment", "decisions", rng.chance(0.4) ? 0 : rng.log_range(1, 3000));
  set("coercion", "decisions", rng.chance(0.6) ? 0 : rng.log_range(1, 600));
  // The fee amount: a decimal of 万元 with up to four places, printed as drawn.
  int fr = row_of(T2, "fees");
  TruthCell& fee = t.at(T2, fr, col_of(T2, fr, "amount"));
  if (rng.chance(0.55)) {
    fee.value = 0;
    fee.text = rng.pick(std::vector<std::string>{"0", "0", "0", "0.00", "0.0000"});
  } else {
    long long whole = rng.chance(0.25) ? 0 : rng.log_range(1, 9000);
    int places = rng.irange(0, 4);
    long long frac = 0, scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    if (places > 0) frac = rng.range(whole == 0 ? 1 : 0, scale - 1);
    std::string s = num(whole);
    if (places > 0) {
      std::string f = num(frac);
      while (static_cast<int>(f.size()) < places) f = "0" + f;
      s += "." + f;
    }
    fee.text = s;
    fee.value = std::stod(s);
  }
}

void fill_applications(Truth& t, Rng& rng) {
  const gk::TableSpec& spec = F().table(T3);
  const int nrows = static_cast<int>(spec.rows.size());
  const int r_new = row_of(T3, "new_received"), r_co = row_of(T3, "carried_over");
  const int r_first = row_of(T3, "granted"), r_total = row_of(T3, "results_total");
  const int r_cf = row_of(T3, "carried_forward");
  const int c_total = col_of(T3, r_new, "total");

  // How big this body's year was.
  long long np;
  const int size_class = rng.weighted({12, 38, 30, 15, 5});
  switch (size_class) {
    case 0: np = 0; break;
    case 1: np = rng.irange(1, 20); break;
    case 2: np = rng.irange(10, 200); break;
    case 3: np = rng.irange(100, 1500); break;
    default: np = rng.irange(1000, 6000); break;
  }
  std::vector<long long> news(6, 0), cos(6, 0);
  news[0] = np;
  for (int c = 1; c < 6; ++c) {
    if (size_class == 0 ? rng.chance(0.05) : rng.chance(0.3)) news[c] = rng.log_range(1, np / 8 + 3);
  }
  for (int c = 0; c < 6; ++c) {
    if (rng.chance(c == 0 ? 0.3 : 0.08)) cos[c] = rng.log_range(1, news[c] / 10 + 3);
  }

  // Weights of the 21 result rows for this body: granted and not-held dominate.
  std::vector<int> w(static_cast<std::size_t>(r_total - r_first), 0);
  auto wset = [&](const char* key, int lo, int hi) {
    w[static_cast<std::size_t>(row_of(T3, key) - r_first)] = rng.irange(lo, hi);
  };
  for (int i = r_first; i < r_total; ++i)
    if (rng.chance(0.25)) w[static_cast<std::size_t>(i - r_first)] = rng.irange(1, 8);
  wset("granted", 30, 100);
  wset("partially_granted", 0, 30);
  wset("unavailable.not_held", 0, 40);
  if (rng.chance(0.5)) wset("not_processed.petition", 0, 15);
  if (rng.chance(0.5)) wset("not_processed.duplicate", 0, 10);

  for (int c = 0; c < 6; ++c) {
    const long long total = news[static_cast<std::size_t>(c)] + cos[static_cast<std::size_t>(c)];
    long long cf = 0;
    if (total > 0 && rng.chance(0.35)) cf = rng.range(0, total / 5 + (total > 0 ? 1 : 0));
    if (cf > total) cf = total;
    const long long results = total - cf;
    std::vector<long long> alloc(w.size(), 0);
    // Most of it proportional to the weights, the rest one by one at random.
    long long wsum = 0;
    for (int x : w) wsum += x;
    long long given = 0;
    if (results > 20) {
      for (std::size_t i = 0; i < w.size(); ++i) {
        alloc[i] = results * 3 / 4 * w[i] / wsum;
        given += alloc[i];
      }
    }
    for (long long k = given; k < results; ++k) ++alloc[static_cast<std::size_t>(rng.weighted(w))];
    for (std::size_t i = 0; i < w.size(); ++i) t.at(T3, r_first + static_cast<int>(i), c).value = static_cast<double>(alloc[i]);
    t.at(T3, r_new, c).value = static_cast<double>(news[static_cast<std::size_t>(c)]);
    t.at(T3, r_co, c).value = static_cast<double>(cos[static_cast<std::size_t>(c)]);
    t.at(T3, r_total, c).value = static_cast<double>(results);
    t.at(T3, r_cf, c).value = static_cast<double>(cf);
  }
  for (int r = 0; r < nrows; ++r) {
    long long s = 0;
    for (int c = 0; c < 6; ++c) s += static_cast<long long>(t.at(T3, r, c).value);
    t.at(T3, r, c_total).value = static_cast<double>(s);
  }
}

void fill_review(Truth& t, Rng& rng) {
  for (int gi = 0; gi < 3; ++gi) {
    long long sum = 0;
    if (rng.chance(gi == 0 ? 0.3 : 0.2)) {
      for (int c = 0; c < 4; ++c) {
        long long v = 0;
        if (rng.chance(0.45)) v = rng.chance(0.9) ? rng.irange(1, 3) : rng.log_range(1, 40);
        t.at(T4, gi, c).value = static_cast<double>(v);
        sum += v;
      }
    }
    t.at(T4, gi, 4).value = static_cast<double>(sum);
  }
}

// Some bodies leave zero cells blank or write "/", "—", "无" (spec: 'Cells that hold no number').
void blank_some_zeros(Truth& t, Rng& rng) {
  if (!rng.chance(0.15)) return;
  static const std::vector<std::string> tokens = {"", "", "/", "—", "-", "无", "／"};
  const std::string tok = rng.pick(tokens);
  const double p = rng.chance(0.3) ? 1.0 : 0.3;
  for (gk::TableId id : {T3, T4}) {
    auto& rows = t.tables[static_cast<int>(id)];
    for (auto& row : rows)
      for (auto& cell : row)
        if (cell.value == 0 && rng.chance(p)) {
          cell.blank = true;
          cell.text = tok;
        }
  }
}

// ---------------------------------------------------------------- prose

std::vector<std::string> para_pool_intro(const std::string& agency, int year) {
  return {
      num(year) + "年，" + agency + "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，认真落实《中华人民共和国政府信息公开条例》，紧紧围绕中心工作，不断提升政务公开质量和实效。",
      g(year) + "年，" + agency + "认真贯彻落实党中央、国务院关于政务公开工作的决策部署，围绕主动公开、依申请公开、政府信息管理、公开平台建设、监督保障等方面不断深化政务公开，以公开促落实、促规范、促服务。",
      g(year) + "年以来，" + agency + "全面贯彻落实政府信息公开工作各项要求，以公开为常态、不公开为例外，围绕群众关心关切，推动政府信息公开工作规范化、制度化。",
  };
}

}  // namespace

const char* cn_numeral(int n) {
  static const char* d[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  return (n >= 0 && n <= 10) ? d[n] : "十";
}

int row_of(gk::TableId t, const char* key) {
  int r = F().table(t).row_index(key);
  if (r < 0) throw std::logic_error(std::string("gkgen: no row ") + key);
  return r;
}

int col_of(gk::TableId t, int row, const char* key) {
  int c = F().table(t).column_index(row, key);
  if (c < 0) throw std::logic_error(std::string("gkgen: no column ") + key);
  return c;
}

Model make_model(std::uint64_t seed) {
  Rng rng(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull);
  Model m;
  Truth& t = m.truth;
  for (int ti = 0; ti < gk::kTableCount; ++ti) {
    const gk::TableSpec& spec = F().tables[ti];
    t.tables[ti].resize(spec.rows.size());
    for (std::size_t r = 0; r < spec.rows.size(); ++r) t.tables[ti][r].resize(spec.rows[r].columns.size());
  }
  t.agency = make_agency(rng);
  t.year = static_cast<int>(rng.weighted({1, 2, 3, 6, 3})) + 2021;
  fill_active(t, rng);
  fill_applications(t, rng);
  fill_review(t, rng);
  blank_some_zeros(t, rng);

  const std::string& ag = t.agency;
  const int y = t.year;
  auto v3 = [&](const char* row, const char* col) { return t.count(T3, row_of(T3, row), col_of(T3, row_of(T3, row), col)); };
  auto v2 = [&](const char* row, const char* col) { return t.count(T2, row_of(T2, row), col_of(T2, row_of(T2, row), col)); };
  const long long received = v3("new_received", "total");
  const long long carried = v3("carried_over", "total");
  const long long done = v3("results_total", "total");
  const long long forward = v3("carried_forward", "total");
  const long long np = v3("new_received", "natural_person");
  long long reviews = 0, suits = 0;
  for (int gi = 0; gi < 3; ++gi) (gi == 0 ? reviews : suits) += t.count(T4, gi, 4);

  std::vector<Block>& b = m.blocks;
  auto add = [&](BlockKind k, std::string text) {
    Block blk;
    blk.kind = k;
    blk.text = std::move(text);
    b.push_back(std::move(blk));
    return &b.back();
  };
  auto heading = [&](int n) {
    static const std::vector<std::vector<std::string>> titles = {
        {"总体情况"},
        {"主动公开政府信息情况"},
        {"收到和处理政府信息公开申请情况"},
        {"政府信息公开行政复议、行政诉讼情况"},
        {"存在的主要问题及改进情况", "存在的主要问题及改进情况", "存在主要问题及改进情况"},
        {"其他需要报告的事项"}};
    Block* h = add(BlockKind::Heading, rng.pick(titles[static_cast<std::size_t>(n - 1)]));
    h->section = n;
  };
  auto part = [&](int n, const std::string& title, std::string body) {
    Block* p = add(BlockKind::Part, std::move(body));
    p->part_enum = cn_numeral(n);
    p->part_title = title;
  };

  Block* title = add(BlockKind::Title, ag);
  title->title2 = g(y) + "年政府信息公开工作年度报告";

  {
    std::string pre = "根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，现发布《" + ag + g(y) + "年政府信息公开工作年度报告》，";
    pre += rng.chance(0.7) ? "本报告统计数据从" : "本报告所列数据从";
    pre += g(y) + "年" + g(1) + "月" + g(1) + "日至";
    if (rng.chance(0.3)) pre += g(y) + "年";
    pre += g(12) + "月" + g(31) + "日。";
    if (rng.chance(0.4))
      pre += "本报告电子版可在" + to_utf8(to_u32(ag).substr(0, 3)) + "人民政府门户网站查阅或下载。如对本报告有疑问，请与" + ag + "联系（联系电话：0" + num(rng.irange(951, 999)) + "-" +
             num(rng.irange(5000000, 8999999)) + "）。";
    add(BlockKind::Preamble, pre);
  }

  // 一、总体情况
  heading(1);
  add(BlockKind::Para, rng.pick(para_pool_intro(ag, y)));
  {
    const long long published = rng.log_range(50, 12000);
    const long long a = published / 3, c = published / 10 + 1;
    part(1, rng.chance(0.5) ? "主动公开" : "主动公开政府信息方面",
         g(y) + "年，通过政府门户网站主动公开各类政府信息" + g(published) + "条，其中政策文件" + g(a) + "条、政策解读" + g(c) +
             "条，及时回应社会关切，提高政务公开“含金量”。");
  }
  {
    std::string s = "严格按照《中华人民共和国政府信息公开条例》规定，依法依规办理政府信息公开申请。";
    if (received == 0) {
      s += rng.chance(0.5) ? "本年度未收到政府信息公开申请。" : g(y) + "年，本机关未收到政府信息公开申请。";
    } else {
      s += g(y) + "年共收到政府信息公开申请" + g(received) + "件";
      if (np > 0 && np < received) s += "，其中自然人申请" + g(np) + "件、法人或其他组织申请" + g(received - np) + "件";
      s += "。";
      if (carried > 0) s += "上年结转" + g(carried) + "件。";
      s += "全年办结" + g(done) + "件";
      s += forward > 0 ? "，结转下年度继续办理" + g(forward) + "件。" : "，全部按期答复。";
    }
    if (reviews == 0 && suits == 0)
      s += "全年未发生因政府信息公开引发的行政复议和行政诉讼。";
    else
      s += "因政府信息公开被申请行政复议" + g(reviews) + "件、提起行政诉讼" + g(suits) + "件。";
    part(2, rng.chance(0.5) ? "依申请公开" : "依申请公开政府信息方面", s);
  }
  {
    std::string s = "严格落实信息发布“三审三校”制度，从严从细抓好信息审核发布和保密审查，确保信息发布的安全性、准确性。";
    if (rng.chance(0.5))
      s += g(y) + "年制发行政规范性文件" + g(v2("normative_documents", "issued")) + "件，废止" +
           g(v2("normative_documents", "repealed")) + "件，现行有效" + g(v2("normative_documents", "in_force")) + "件。";
    part(3, "政府信息管理", s);
  }
  part(4, rng.chance(0.5) ? "政府信息公开平台建设" : "平台建设",
       "加强政府网站和政务新媒体日常管理，由专人负责网站内容更新与维护，政务新媒体全年发布信息" + g(rng.log_range(20, 3000)) +
           "条，做到“应公开尽公开、应上网尽上网”。");
  part(5, "监督保障",
       "一是加强培训辅导，组织政务公开业务培训" + g(rng.irange(1, 6)) + "次，覆盖" + g(rng.irange(10, 300)) +
           "余人次。二是将政府信息公开工作纳入绩效考核，全年未发生政府信息公开责任追究情况。");

  heading(2);
  add(BlockKind::Table, "")->table = T2;
  heading(3);
  add(BlockKind::Table, "")->table = T3;
  heading(4);
  add(BlockKind::Table, "")->table = T4;

  heading(5);
  add(BlockKind::Para,
      g(y) + "年，我单位政府信息公开工作取得了一定成效，但仍存在一些不足：一是部分栏目信息更新不够及时；二是政策解读形式较为单一；三是工作人员业务能力有待提升。");
  add(BlockKind::Para,
      "下一步，将从以下方面加以改进：一是安排专人定期查看栏目更新情况，主动提醒按时更新。二是丰富政策解读形式，运用图解、视频等方式提高解读质量。三是加强业务培训，提升政务公开工作水平。");

  heading(6);
  {
    std::string fee = received > 0 ? "本单位" + g(y) + "年收到政府信息公开申请" + g(received) + "件，未收取信息处理费。"
                                   : "本年度未收取信息处理费。";
    if (rng.chance(0.5)) {
      add(BlockKind::Para, "（一）" + g(y) + "年政务公开重点工作完成情况。按照年度政务公开工作要点，逐项落实各项任务，重点领域信息公开持续深化。");
      add(BlockKind::Para, "（二）收取政府信息公开处理费情况。" + fee);
    } else {
      add(BlockKind::Para, "根据《政府信息公开信息处理费管理办法》的相关规定，" + fee);
    }
  }
  if (rng.chance(0.3)) add(BlockKind::Footer, rng.chance(0.5) ? "扫一扫 手机浏览" : "如有疑问或意见建议，可直接与本机关联系。");
  return m;
}

// ---------------------------------------------------------------- mutation

Mutation mutate(Truth& truth, Rng& rng) {
  Mutation mu;
  const bool t3 = rng.chance(0.8);
  mu.table = t3 ? T3 : T4;
  const auto& rows = truth.tables[static_cast<int>(mu.table)];
  // Detail rows and columns are more common than totals, as in real slips.
  mu.row = rng.irange(0, static_cast<int>(rows.size()) - 1);
  mu.col = rng.irange(0, static_cast<int>(rows[static_cast<std::size_t>(mu.row)].size()) - 1);
  TruthCell& cell = truth.at(mu.table, mu.row, mu.col);
  mu.before = cell;
  const long long old = static_cast<long long>(cell.value);
  long long v = old;
  for (int guard = 0; v == old && guard < 100; ++guard) {
    switch (rng.irange(0, 5)) {
      case 0: v = old + 1; break;
      case 1: v = old - 1; break;
      case 2: v = old + rng.irange(2, 50); break;
      case 3: v = old * 10 + rng.irange(0, 9); break;  // an extra digit
      case 4: {  // digits swapped or one digit wrong
        std::string s = num(old);
        if (s.size() >= 2) std::swap(s[0], s[1]);
        else s[0] = static_cast<char>('0' + (s[0] - '0' + rng.irange(1, 9)) % 10);
        v = std::stoll(s);
        break;
      }
      default: v = old > 0 && rng.chance(0.5) ? 0 : rng.irange(0, 9); break;
    }
    if (v < 0) v = old;
  }
  if (v == old) v = old + 1;
  cell.blank = false;
  cell.text.clear();
  cell.value = static_cast<double>(v);
  mu.after = cell;
  return mu;
}

long long Truth::count(gk::TableId t, int row, int col) const {
  const TruthCell& c = at(t, row, col);
  return c.blank ? 0 : static_cast<long long>(c.value);
}

}  // namespace gkgen
