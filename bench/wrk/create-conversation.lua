-- POST create conversation (the proxy route or Tavus's own): a Tavus create body.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local name, value = os.getenv("BENCH_HEADER"):match("^([^:]+):%s*(.*)$")
wrk.method = "POST"
wrk.headers[name] = value
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"persona_id":"p5317866","replica_id":"r79e1c033f","conversation_name":"Bench call",'
   .. '"conversational_context":"A benchmark call.","properties":{"max_call_duration":600}}'
