#include "zip.h"

#include <algorithm>

#include <zlib.h>

#include "gkread/read.h"

namespace gkread {
namespace {

std::uint32_t u16(std::string_view s, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8;
}
std::uint32_t u32(std::string_view s, std::size_t at) { return u16(s, at) | u16(s, at + 2) << 16; }
std::uint64_t u64(std::string_view s, std::size_t at) {
  return static_cast<std::uint64_t>(u32(s, at)) | static_cast<std::uint64_t>(u32(s, at + 4)) << 32;
}

}  // namespace

ZipStatus zip_entries(std::string_view z, std::vector<ZipEntry>* out) {
  out->clear();
  if (z.size() < 22) return ZipStatus::NotZip;
  // The end of central directory record: in the last 64 KiB + 22 bytes.
  std::size_t eocd = std::string_view::npos;
  const std::size_t lowest = z.size() > 65557 ? z.size() - 65557 : 0;
  for (std::size_t i = z.size() - 22 + 1; i-- > lowest;) {
    if (u32(z, i) == 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string_view::npos) return z.substr(0, 2) == "PK" ? ZipStatus::Damaged : ZipStatus::NotZip;
  std::uint64_t count = u16(z, eocd + 10);
  std::uint64_t cd_size = u32(z, eocd + 12);
  std::uint64_t cd_off = u32(z, eocd + 16);
  // Zip64: the locator just before the end record.
  if ((count == 0xffff || cd_off == 0xffffffffu) && eocd >= 20 && u32(z, eocd - 20) == 0x07064b50) {
    const std::uint64_t rec = u64(z, eocd - 20 + 8);
    if (rec > z.size() || z.size() - rec < 56 || u32(z, static_cast<std::size_t>(rec)) != 0x06064b50) return ZipStatus::Damaged;
    count = u64(z, static_cast<std::size_t>(rec) + 32);
    cd_size = u64(z, static_cast<std::size_t>(rec) + 40);
    cd_off = u64(z, static_cast<std::size_t>(rec) + 48);
  }
  if (count > kMaxZipEntries) return ZipStatus::TooLarge;
  if (cd_off > z.size() || cd_size > z.size() - cd_off) return ZipStatus::Damaged;
  std::size_t p = static_cast<std::size_t>(cd_off);
  const std::size_t end = static_cast<std::size_t>(cd_off + cd_size);
  for (std::uint64_t i = 0; i < count; ++i) {
    if (end - p < 46 || u32(z, p) != 0x02014b50) return ZipStatus::Damaged;
    ZipEntry e;
    e.method = static_cast<std::uint16_t>(u16(z, p + 10));
    e.crc = u32(z, p + 16);
    e.compressed = u32(z, p + 20);
    e.size = u32(z, p + 24);
    const std::size_t name_len = u16(z, p + 28), extra_len = u16(z, p + 30), comment_len = u16(z, p + 32);
    e.local_offset = u32(z, p + 42);
    if (end - p - 46 < name_len + extra_len + comment_len) return ZipStatus::Damaged;
    e.name.assign(z.substr(p + 46, name_len));
    // Zip64 extra field: the 0xffffffff values, in order.
    std::size_t x = p + 46 + name_len;
    const std::size_t xend = x + extra_len;
    while (xend - x >= 4) {
      const std::uint32_t id = u16(z, x), len = u16(z, x + 2);
      if (xend - x - 4 < len) break;
      if (id == 0x0001) {
        std::size_t q = x + 4;
        const std::size_t qend = q + len;
        auto take = [&](std::uint64_t* v) {
          if (*v == 0xffffffffu && qend - q >= 8) {
            *v = u64(z, q);
            q += 8;
          }
        };
        take(&e.size);
        take(&e.compressed);
        take(&e.local_offset);
      }
      x += 4 + len;
    }
    out->push_back(std::move(e));
    p += 46 + name_len + extra_len + comment_len;
  }
  return ZipStatus::Ok;
}

ZipStatus zip_read(std::string_view z, const ZipEntry& e, std::size_t max_size, std::string* out) {
  out->clear();
  if (e.local_offset > z.size() || z.size() - e.local_offset < 30) return ZipStatus::Damaged;
  const std::size_t lh = static_cast<std::size_t>(e.local_offset);
  if (u32(z, lh) != 0x04034b50) return ZipStatus::Damaged;
  if (u16(z, lh + 6) & 1) return ZipStatus::Unsupported;  // encrypted entry
  const std::size_t data = lh + 30 + u16(z, lh + 26) + u16(z, lh + 28);
  if (data > z.size() || e.compressed > z.size() - data) return ZipStatus::Damaged;
  const std::string_view in = z.substr(data, static_cast<std::size_t>(e.compressed));
  if (e.size > max_size) return ZipStatus::TooLarge;
  if (e.method == 0) {
    if (e.compressed != e.size) return ZipStatus::Damaged;
    out->assign(in);
  } else if (e.method == 8) {
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK) return ZipStatus::Damaged;
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    s.avail_in = static_cast<uInt>(in.size());
    // The declared size is only a hint: the output is capped whatever it says.
    out->resize(static_cast<std::size_t>(e.size));
    std::size_t have = 0;
    int rc = Z_OK;
    for (;;) {
      if (have == out->size()) {
        if (out->size() >= max_size) {
          // Full: one more byte would be over the cap, unless the stream ends here.
          char probe;
          s.next_out = reinterpret_cast<Bytef*>(&probe);
          s.avail_out = 1;
          rc = inflate(&s, Z_NO_FLUSH);
          if (rc == Z_STREAM_END && s.avail_out == 1) break;
          inflateEnd(&s);
          return rc == Z_OK || rc == Z_BUF_ERROR || rc == Z_STREAM_END ? ZipStatus::TooLarge : ZipStatus::Damaged;
        }
        out->resize(std::min(max_size, std::max<std::size_t>(out->size() * 2, 4096)));
      }
      s.next_out = reinterpret_cast<Bytef*>(&(*out)[have]);
      s.avail_out = static_cast<uInt>(out->size() - have);
      rc = inflate(&s, Z_NO_FLUSH);
      have = out->size() - s.avail_out;
      if (rc == Z_STREAM_END) break;
      if (rc != Z_OK && !(rc == Z_BUF_ERROR && s.avail_out == 0)) {
        inflateEnd(&s);
        return ZipStatus::Damaged;
      }
      if (s.avail_in == 0 && s.avail_out != 0) {  // input ended before the stream did
        inflateEnd(&s);
        return ZipStatus::Damaged;
      }
    }
    inflateEnd(&s);
    out->resize(have);
  } else {
    return ZipStatus::Unsupported;
  }
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
  // (Not in the fuzz build, fuzz/CMakeLists.txt: there a checksum would turn away nearly every
  // mutated entry before the XML parser and the table grid see it.)
  const uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(out->data()), static_cast<uInt>(out->size()));
  if (crc != e.crc) return ZipStatus::Damaged;
#endif
  return ZipStatus::Ok;
}

}  // namespace gkread
