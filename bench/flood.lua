-- wrk script: posts the public complaint form as a script would, each request from another address
-- (X-Forwarded-For, which the app honours from a local proxy) unless ONE_ADDRESS is set; counts answers
-- by status across threads.
local cookie, body, one = os.getenv("COOKIE"), os.getenv("BODY"), os.getenv("ONE_ADDRESS")
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} ; n = 0 end
request = function()
  n = n + 1
  local address = one or string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("POST", nil, { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = address }, body)
end
response = function(status) counts[status] = (counts[status] or 0) + 1 end
done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, c in pairs(t:get("counts")) do total[status] = (total[status] or 0) + c end
  end
  for status, c in pairs(total) do io.write(string.format("status %d: %d\n", status, c)) end
  io.write(string.format("flood p95 %.1f ms\n", latency:percentile(95) / 1000))
end
