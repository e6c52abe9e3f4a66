-- wrk: POST /recambios/R00000NN-A/reservas of one unit, spread over the 100 parts the bench
-- script seeded with full stock (R0000000-A … R0000099-A: a million units, so three rounds of
-- 5 s never run out, as 20 parts did once reservations passed ~13k/s) and over 50 job ids, as a
-- workshop with 50 open jobs would.
local counter = 0

request = function()
  counter = counter + 1
  local path = string.format("/recambios/R%07d-A/reservas", counter % 100)
  local body = string.format('{"cantidad":1,"trabajo_id":"00000000-0000-4000-8000-%012d"}', counter % 50)
  return wrk.format("POST", path, with_auth({["Content-Type"] = "application/json"}), body)
end

-- wrk.format with a headers table drops the command line's -H headers (the bench's bearer
-- token): add them back.
function with_auth(headers)
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return headers
end
