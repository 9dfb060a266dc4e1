-- wrk script: POST /api/v1/payments against the payment benchmark's 50 contracts of 1,000.00, round-robin, so many
-- requests hit one contract at once and, once it is full, are refused with 409 OVER_COLLECTION. Amounts rotate through
-- PAY_AMOUNTS (default 7.00, 13.00, 29.00, 51.00: about 2,000 payments fill the 50 contracts, and near the end the
-- small ones still fit where the large ones are refused). Every request has a fresh Idempotency-Key (run, thread,
-- counter). The bearer token comes from the command line; the rest from the environment (record-payments.sh sets it):
-- PAY_CONTRACTS (the ids, comma-separated), PAY_DATE (today), PAY_RUN (unique per run), PAY_LOAD_SECONDS (how long
-- to send).
-- After PAY_LOAD_SECONDS no thread sends another request (delay() holds them back) while wrk's -d runs a few seconds
-- longer, so every request sent is answered before wrk stops: the 201s counted here are then exactly what the
-- server stored. response() counts the answers per thread; done() adds them up through thread:get().
local threads = {}

local function split(s)
  local t = {}
  for id in string.gmatch(s, "[^,]+") do t[#t + 1] = id end
  return t
end

-- runs in the main state once per thread: number the threads
function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

function init(args)
  contracts = split(os.getenv("PAY_CONTRACTS") or "")
  amounts = split(os.getenv("PAY_AMOUNTS") or "7.00,13.00,29.00,51.00")
  date = os.getenv("PAY_DATE")
  run = os.getenv("PAY_RUN")
  deadline = os.time() + tonumber(os.getenv("PAY_LOAD_SECONDS"))
  counter, sent, answered, created, over_collection, replayed, other = 0, 0, 0, 0, 0, 0, 0
  -- wrk calls the first thread's request() once more, to check it, and never sends that request
  if number == 0 then sent = -1 end
  -- added to the -H headers (a headers table passed to wrk.format would replace them, token included)
  wrk.headers["Content-Type"] = "application/json"
end

function delay()
  if os.time() >= deadline then
    return 3600000 -- the load is over: send nothing more, let the answers still on their way arrive
  end
  return 0
end

function request()
  counter = counter + 1
  sent = sent + 1
  local contract = contracts[(number * 7 + counter) % #contracts + 1]
  -- the next amount each time the thread comes round to the same contract, so every contract gets every amount
  local amount = amounts[(number + math.floor(counter / #contracts)) % #amounts + 1]
  wrk.headers["Idempotency-Key"] = string.format("bench-pay-%s-%d-%d", run, number, counter)
  local body = string.format(
    '{"contractId":"%s","amount":%s,"currency":"CNY","receivedAt":"%s","method":"BANK_TRANSFER","reference":"bench %s"}',
    contract, amount, date, run)
  return wrk.format("POST", nil, nil, body)
end

function response(status, headers, body)
  answered = answered + 1
  if status == 201 then
    created = created + 1
    if headers["Idempotent-Replayed"] == "true" then replayed = replayed + 1 end
  elseif status == 409 and string.find(body, '"OVER_COLLECTION"', 1, true) then
    over_collection = over_collection + 1
  else
    other = other + 1
    if other <= 3 then io.stderr:write(string.format("unexpected answer %d: %s\n", status, body)) end
  end
end

function done(summary, latency, requests)
  local total = { sent = 0, answered = 0, created = 0, over_collection = 0, replayed = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for name in pairs(total) do total[name] = total[name] + thread:get(name) end
  end
  local load_seconds = tonumber(os.getenv("PAY_LOAD_SECONDS")) -- rps over the load only: the drain sends nothing
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  -- non2xx_or_errors: socket errors, timeouts and statuses other than 201 and 409 OVER_COLLECTION (both expected)
  io.write(string.format("BENCH requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f non2xx_or_errors=%d " ..
    "created_201=%d over_collection_409=%d replayed=%d unanswered=%d\n",
    summary.requests, summary.requests / load_seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors + total.other,
    total.created, total.over_collection, total.replayed, total.sent - total.answered))
end
