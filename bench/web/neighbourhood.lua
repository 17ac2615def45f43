-- wrk script: GET /api/graph/neighbourhood for actor ids read from a file (one id a line), each thread starting
-- at a different offset and stepping through the list, so requests rotate over many actors, not one cached id.
--   wrk -t2 -c32 -d30s --latency -s neighbourhood.lua http://127.0.0.1:5099 -- ids.txt [depth]
-- Counts non-2xx answers (wrk's own "Non-2xx" line says the same) and checks each body is a graph.
local ids, depth, i = {}, "1", 0
-- A global, not a local: done() reads it from each thread with thread:get.
bad = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("offset", #threads * 97)
end

function init(args)
  local path = args[1] or error("usage: -- ids.txt [depth]")
  depth = args[2] or "1"
  for line in io.lines(path) do
    if #line > 0 then table.insert(ids, line) end
  end
  i = offset or 0
end

function request()
  i = i + 1
  local id = ids[(i % #ids) + 1]
  return wrk.format("GET", "/api/graph/neighbourhood?actor=" .. id .. "&depth=" .. depth)
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"nodes"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local bodyErrors = 0
  for _, t in ipairs(threads) do bodyErrors = bodyErrors + (t:get("bad") or 0) end
  io.write(string.format("checked: %d answers not a 200 with a graph body\n", bodyErrors))
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
