#include "api/paging.h"

#include <set>

namespace cxlint::api {

namespace {

// A server that keeps saying "one more page" is not followed forever.
constexpr int kMaxPages = 10000;

}  // namespace

std::optional<int> NextPageNumber(const nlohmann::json& page, int current) {
  const auto entities = page.find("entities");
  if (entities == page.end() || !entities->is_array() || entities->empty()) return std::nullopt;
  const auto page_count = page.find("pageCount");
  if (page_count != page.end() && page_count->is_number_integer()) {
    if (current < page_count->get<int64_t>()) return current + 1;
    return std::nullopt;
  }
  const auto next_uri = page.find("nextUri");
  if (next_uri != page.end() && next_uri->is_string() && !next_uri->get<std::string>().empty()) return current + 1;
  return std::nullopt;
}

std::vector<nlohmann::json> ListAll(PlatformClient& client, HttpConnection& connection, const std::string& path,
                                    const std::string& extra_query, int page_size,
                                    const std::function<void(int, int)>& on_page) {
  std::vector<nlohmann::json> all;
  std::set<std::string> seen_ids;
  std::optional<int> number = 1;
  while (number && *number <= kMaxPages) {
    const std::string page_path =
        path + "?pageSize=" + std::to_string(page_size) + "&pageNumber=" + std::to_string(*number) + extra_query;
    const nlohmann::json page = client.GetJson(connection, page_path);
    ++client.context().stats().pages;
    const auto entities = page.find("entities");
    if (entities != page.end() && !entities->is_array())
      throw ApiError("GET " + page_path + ": \"entities\" is not a list", 200);
    if (entities != page.end()) {
      for (const nlohmann::json& entity : *entities) {
        // Pages shift when items are added or deleted mid-listing; an entity seen twice is kept once.
        const auto id = entity.is_object() ? entity.find("id") : entity.end();
        if (id != entity.end() && id->is_string() && !seen_ids.insert(id->get<std::string>()).second) continue;
        all.push_back(entity);
      }
    }
    const auto page_count = page.find("pageCount");
    on_page(*number, page_count != page.end() && page_count->is_number_integer() ? page_count->get<int>() : 0);
    number = NextPageNumber(page, *number);
  }
  return all;
}

}  // namespace cxlint::api
