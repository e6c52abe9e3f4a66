-- wrk: POST /recambios/R00000NN-A/reservas of one unit, spread over the parts the bench script
-- seeded with full stock (R0000000-A … R0000019-A), each for a different job id.
local counter = 0
local parts = 20

local function job(n)
  return string.format("00000000-0000-4000-8000-%012d", n)
end

request = function()
  counter = counter + 1
  local path = string.format("/recambios/R%07d-A/reservas", counter % parts)
  local body = string.format('{"cantidad":1,"trabajo_id":"%s"}', job(counter))
  return wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
end
