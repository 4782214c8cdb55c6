-- The callback burst: BENCH_CALLBACKS names a file of "path<TAB>body" lines (signed callback URLs and
-- Tavus event bodies, one distinct event a line). The events are sent in turn, over and over, so each
-- arrives at least twice (every delivery after the first is a redelivery that must change nothing:
-- wrk builds and drops one request per new connection, so "exactly twice" cannot be arranged). Once
-- 2 x lines answers are in it prints RESULT (like common.lua; requests/s = answers / time from the first
-- request to the last counted answer) and ends wrk at once (wrk itself would run on until -d).
-- Run with one thread (-t1). Latency percentiles are not measured here: p50/p99 = nan.
local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
   int clock_gettime(int clock, bench_timespec *t);
]]
local function now()
   local t = ffi.new("bench_timespec")
   ffi.C.clock_gettime(1, t) -- CLOCK_MONOTONIC
   return tonumber(t.tv_sec) + tonumber(t.tv_nsec) / 1e9
end

local events, total = {}, 0
local sent, answered, ok, started = 0, 0, 0, nil

function init(args)
   -- here, not at load time: wrk.format needs wrk.host for the Host header
   for line in io.lines(os.getenv("BENCH_CALLBACKS")) do
      local path, body = line:match("^([^\t]+)\t(.*)$")
      events[#events + 1] = wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
   end
   total = 2 * #events
end

function request()
   started = started or now()
   sent = sent + 1
   return events[(sent - 1) % #events + 1]
end

function response(status, headers, body)
   answered = answered + 1
   if status == 200 then ok = ok + 1 end
   if answered == total then
      io.write(string.format("RESULT rps=%.1f p50=nan p99=nan requests=%d non2xx=%d socket_errors=0\n",
         total / (now() - started), total, total - ok))
      io.stdout:flush()
      os.exit(0)
   end
end
