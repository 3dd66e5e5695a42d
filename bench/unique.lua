-- wrk script: every request asks for a new query string, so no kept page can answer it (the cost of
-- rendering); prints the same percentiles as p95.lua.
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "?bench=" .. n .. "-" .. math.random(1e9))
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
