-- wrk script for public-form.sh: as many visitors, without a token, either submitting a campaign's public form
-- (PUB_MODE=submit: POST /api/v1/public/campaigns/{token}/submissions, a new phone per request) or opening its page
-- (PUB_MODE=view: GET /p/{token}). Each request comes from another client address (X-Forwarded-For, which the
-- gateway trusts when started with CRM_GATEWAY_PUBLICRATELIMIT_TRUSTEDPROXYHOPS=1), as thousands of phones would.
-- After PUB_LOAD_SECONDS no thread sends another request (delay() holds them back) while wrk's -d runs a few
-- seconds longer, so every request sent is answered before wrk stops: the 2xx counted here are then exactly what the
-- server did. PUB_RUN makes the phones unique per run.
local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = os.getenv("PUB_MODE") or "submit"
  run = tonumber(os.getenv("PUB_RUN") or "0") % 1000
  deadline = os.time() + tonumber(os.getenv("PUB_LOAD_SECONDS"))
  counter, sent, answered, ok, other = 0, 0, 0, 0, 0
  if number == 0 then sent = -1 end -- wrk builds one request of the first thread to check it, and never sends it
  wrk.headers["Content-Type"] = "application/json"
  math.randomseed(run * 100 + number)
end

function delay()
  if os.time() >= deadline then return 3600000 end
  return 0
end

function request()
  counter = counter + 1
  sent = sent + 1
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255),
    math.random(1, 254))
  if mode == "view" then
    return wrk.format("GET")
  end
  -- 1 + 3 digits of the run + 1 digit of the thread + 6 digits of the counter: 11 digits, unique per run
  local phone = string.format("19%03d%d%05d", run, number % 10, counter % 100000)
  local body = string.format(
    '{"answers":{"name":"Visitor %d","phone":"%s","company":"Bench Retail","interest":"CRM"}}', counter, phone)
  return wrk.format("POST", nil, nil, body)
end

function response(status, headers, body)
  answered = answered + 1
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    other = other + 1
    if other <= 3 then io.stderr:write(string.format("unexpected answer %d: %s\n", status, body)) end
  end
end

function done(summary, latency, requests)
  local total = { sent = 0, answered = 0, ok = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for name in pairs(total) do total[name] = total[name] + thread:get(name) end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f ok_2xx=%d other=%d errors=%d " ..
    "unanswered=%d\n", total.answered, total.answered / tonumber(os.getenv("PUB_LOAD_SECONDS")),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, total.ok, total.other, errors,
    total.sent - total.answered))
end
