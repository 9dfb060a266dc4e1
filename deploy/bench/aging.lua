-- wrk script: finance's receivables reports over the seeded tenant (see seed-contracts.sh for the data). The bearer
-- token comes from the command line. AGING_MIX=aging (default) sends only GET /api/v1/receivables/aging over the
-- whole tenant; AGING_MIX=mixed rotates through the aging (whole tenant and filtered), filtered receivable lists and
-- the summaries by customer, owner and month. AGING_OWNER (acme-sales1's id), AGING_CUSTOMER (a seeded customer's
-- id), AGING_FROM and AGING_TO (yyyy-MM) fill in the filters; aging.sh sets them.
local mix = os.getenv("AGING_MIX") or "aging"

function init(args)
  counter = math.random(0, 1000)
  local owner, customer = os.getenv("AGING_OWNER") or "", os.getenv("AGING_CUSTOMER") or ""
  local from, to = os.getenv("AGING_FROM") or "", os.getenv("AGING_TO") or ""
  paths = {
    "/api/v1/receivables/aging",
    "/api/v1/receivables?status=overdue",
    "/api/v1/receivables/summary?groupBy=owner",
    "/api/v1/receivables/aging?ownerId=" .. owner,
    "/api/v1/receivables?status=outstanding&currency=USD&sort=outstanding%2Cdesc",
    "/api/v1/receivables/summary?groupBy=month&from=" .. from .. "&to=" .. to,
    "/api/v1/receivables/aging?currency=USD",
    "/api/v1/receivables?ownerId=" .. owner .. "&sort=amount%2Cdesc&page=2",
    "/api/v1/receivables/summary?groupBy=customer",
    "/api/v1/receivables/aging?customerId=" .. customer,
    "/api/v1/receivables?customerId=" .. customer,
    "/api/v1/receivables/summary?groupBy=owner&status=overdue&currency=CNY",
    "/api/v1/receivables?status=paid&sort=collected%2Cdesc",
  }
end

function request()
  counter = counter + 1
  if mix == "aging" then
    return wrk.format("GET", "/api/v1/receivables/aging")
  end
  return wrk.format("GET", paths[counter % #paths + 1])
end

-- done(): the BENCH line
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")
