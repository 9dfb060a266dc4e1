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

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f non2xx_or_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
