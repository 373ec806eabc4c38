local p = ARGV[1]
if redis.call('EXISTS', p .. 'tally:complete') == 0 then return false end
local key = p .. 'rank:' .. ARGV[2] .. ':' .. ARGV[3]
local limit = tonumber(ARGV[4])
local start = 0
if ARGV[5] then
  local member = ARGV[6]
  local old = redis.call('ZSCORE', key, member)
  redis.call('ZADD', key, ARGV[5], member)
  start = redis.call('ZREVRANK', key, member)
  if old then
    redis.call('ZADD', key, old, member)
    if tonumber(old) >= tonumber(ARGV[5]) then start = start + 1 end
  else
    redis.call('ZREM', key, member)
  end
end
local page = redis.call('ZREVRANGE', key, start, start + limit - 1, 'WITHSCORES')
local counts = {}
if #page > 0 then
  local members = {}
  for i = 1, #page, 2 do members[#members + 1] = page[i] end
  counts = redis.call('HMGET', p .. 'tally:votes', unpack(members))
end
return {redis.call('ZCARD', key), page, counts}
