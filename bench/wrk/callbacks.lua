-- The callback burst: BENCH_CALLBACKS names a file of "path<TAB>body" lines (signed callback URLs and
-- Tavus event bodies, one distinct event a line). Every event is sent twice (the second pass is a
-- redelivery that must change nothing); once all 2 x lines are answered the run stops. Requests still
-- needed to keep 32 connections busy after the last event carry a wrong signature (401, no effect) and
-- are not counted. Prints RESULT like common.lua (requests/s = callbacks answered / run time).
-- Run with one wrk thread (-t1): the counters are per thread.
local events = {}
for line in io.lines(os.getenv("BENCH_CALLBACKS")) do
   local path, body = line:match("^([^\t]+)\t(.*)$")
   events[#events + 1] = wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end
local total = 2 * #events
local filler = wrk.format("POST", "/api/v1/tavus/callback?t=00000000-0000-0000-0000-000000000000&sig=AAAA",
   { ["Content-Type"] = "application/json" }, "{}")
sent, answered, ok = 0, 0, 0 -- globals: done() runs in another Lua state and reads them per thread
local threads = {}

function setup(thread)
   threads[#threads + 1] = thread
end

function request()
   sent = sent + 1
   if sent > total then return filler end
   return events[(sent - 1) % #events + 1]
end

function response(status, headers, body)
   if status == 401 then return end -- only the filler is 401: valid signatures are never refused
   answered = answered + 1
   if status == 200 then ok = ok + 1 end
   if answered == total then wrk.thread:stop() end
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local got, good = 0, 0
   for _, thread in ipairs(threads) do
      got = got + thread:get("answered")
      good = good + thread:get("ok")
   end
   io.write(string.format("RESULT rps=%.1f p50=%.3f p99=%.3f requests=%d non2xx=%d socket_errors=%d\n",
      got / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      got, got - good, e.connect + e.read + e.write + e.timeout))
end
