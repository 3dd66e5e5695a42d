-- wrk script: every request asks for a new query string, so no kept page can answer it (the cost of
-- rendering); reports as p95.lua does. Run from the repository's root.
dofile("bench/p95.lua")
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "?bench=" .. n .. "-" .. math.random(1e9))
end
