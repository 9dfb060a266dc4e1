-- wrk script: GET /api/v1/customers with a rotating mix of keyword and filter searches (see seed-customers.sh for
-- the words the seeded names are made of). The bearer token comes from the command line.
-- SEARCH_MIX=mine makes every request "my customers" (scope=mine), newest first; SEARCH_MIX=keywords or
-- SEARCH_MIX=filters sends only that half of the default mix.
local keywords = { "golden harbor", "jade bridge", "pacific tower", "dragon silk", "summit tea", "lotus bay",
  "royal crown", "phoenix port", "123457", "98765", "500001", "1300079", "4211", "harbor trading" }
local filters = { "level=A&industry=Retail", "dealStatus=DEAL&source=WEBSITE", "tag=vip&level=B",
  "industry=Software&sort=name,asc", "scope=pool&level=C", "source=REFERRAL&level=A" }
local mix = os.getenv("SEARCH_MIX") or "both"

function init(args)
  counter = math.random(0, 1000)
end

local function escape(s)
  return (s:gsub(" ", "%%20"):gsub(",", "%%2C"))
end

function request()
  counter = counter + 1
  local query
  if mix == "mine" then
    query = "scope=mine&page=" .. (counter % 5)
  elseif mix == "keywords" or (mix ~= "filters" and counter % 2 == 0) then
    query = "keyword=" .. escape(keywords[counter % #keywords + 1])
  else
    query = filters[counter % #filters + 1]:gsub(",", "%%2C")
  end
  return wrk.format("GET", "/api/v1/customers?" .. query)
end

-- done(): the BENCH line
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")
