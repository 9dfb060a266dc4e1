-- wrk script: the pipeline board (GET /api/v1/opportunities/pipeline) and filtered opportunity lists, rotating
-- through the mixes below (see seed-opportunities.sh for the data). The bearer token comes from the command line.
-- DEAL_MIX=pipeline sends only the board, DEAL_MIX=list only the lists, default both.
local lists = { "stage=PROPOSAL", "status=OPEN&closeFrom=2027-01-01&closeTo=2027-03-31",
  "amountMin=500000&amountMax=600000&sort=amount,desc", "status=WON&currency=USD",
  "stage=NEGOTIATION&sort=expectedCloseDate,asc", "status=LOST", "keyword=renewal%20123",
  "status=OPEN&sort=amount,desc&page=3" }
local mix = os.getenv("DEAL_MIX") or "both"

function init(args)
  counter = math.random(0, 1000)
end

function request()
  counter = counter + 1
  if mix == "pipeline" or (mix ~= "list" and counter % 2 == 0) then
    return wrk.format("GET", "/api/v1/opportunities/pipeline")
  end
  return wrk.format("GET", "/api/v1/opportunities?" .. lists[counter % #lists + 1]:gsub(",", "%%2C"))
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f non2xx_or_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
