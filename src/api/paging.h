#pragma once
// Listing endpoints page by page ({entities, pageNumber, pageCount, nextUri}).

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/platform_client.h"

namespace cxlint::api {

/// The page after `current` (1-based), or nothing when `page` was the last: its pageCount says
/// so, or it has no nextUri when pageCount is absent, or it has no entities.
std::optional<int> NextPageNumber(const nlohmann::json& page, int current);

/// Every entity of a listing: GET `path`?pageSize=`page_size`&pageNumber=k`extra_query` for k = 1,
/// 2, ... `on_page(k, page_count)` reports progress (page_count 0 when unknown). An entity whose
/// "id" was already listed is dropped. Throws ApiError.
std::vector<nlohmann::json> ListAll(PlatformClient& client, HttpConnection& connection, const std::string& path,
                                    const std::string& extra_query, int page_size,
                                    const std::function<void(int, int)>& on_page);

}  // namespace cxlint::api
