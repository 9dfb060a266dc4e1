-- wrk script: POST /api/v1/leads with a different phone on every request (lead-service refuses duplicates).
-- The bearer token comes from the command line: -H "Authorization: Bearer ..."
local threads = 0
math.randomseed(os.time())
local run = math.random(0, 9999)

-- runs in the main state once per thread: give each thread its own phone prefix
function setup(thread)
  thread:set("prefix", string.format("1%04d%02d", run, threads))
  threads = threads + 1
end

function init(args)
  counter = 0
  -- added to the -H headers (a headers table passed to wrk.format would replace them, token included)
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench %d","company":"Bench Retail","phone":"%s%06d","source":"TRADE_SHOW"}',
    counter, prefix, counter % 1000000)
  return wrk.format("POST", nil, nil, body)
end

-- done(): the BENCH line
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")
