-- done() of the wrk scripts whose every answer should be a 2xx: the one BENCH line the shell scripts read.
-- A script loads it with: dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")
function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f non2xx_or_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
