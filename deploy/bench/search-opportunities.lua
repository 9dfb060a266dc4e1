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

-- done(): the BENCH line
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")
