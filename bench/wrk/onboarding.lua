-- POST /api/v1/tavus/create-conversation with a new person per request (find-or-create user, then
-- create on Tavus, then the tracking record): emails differ by run, thread and counter.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local name, value = os.getenv("BENCH_HEADER"):match("^([^:]+):%s*(.*)$")
local run = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local n = 0
function request()
   n = n + 1
   local body = string.format('{"email":"bench-%s-%d@example.com","first_name":"Ada","last_name":"Bench"}', run, n)
   return wrk.format("POST", nil, { [name] = value, ["Content-Type"] = "application/json" }, body)
end
