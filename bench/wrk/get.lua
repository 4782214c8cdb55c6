-- GET with headers from the environment: BENCH_HEADER ("Name: value"). Path from the URL.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local name, value = os.getenv("BENCH_HEADER"):match("^([^:]+):%s*(.*)$")
wrk.method = "GET"
wrk.headers[name] = value
