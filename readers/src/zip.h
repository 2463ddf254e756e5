// A zip archive in memory: its central directory, and one entry inflated
// (stored or raw deflate through zlib). Capped: entry count, inflated size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gkread {

struct ZipEntry {
  std::string name;
  std::uint16_t method = 0;  // 0 stored, 8 deflate
  std::uint32_t crc = 0;
  std::uint64_t compressed = 0, size = 0, local_offset = 0;
};

enum class ZipStatus { Ok, NotZip, Damaged, TooLarge, Unsupported };

// Reads the central directory. NotZip when no end record is found.
ZipStatus zip_entries(std::string_view zip, std::vector<ZipEntry>* out);
// Inflates one entry into *out (at most max_size bytes, else TooLarge); checks the CRC.
ZipStatus zip_read(std::string_view zip, const ZipEntry& e, std::size_t max_size, std::string* out);

}  // namespace gkread
