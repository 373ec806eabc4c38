local p = ARGV[1]
local versions = p .. 'tally:version'
local votes = p .. 'tally:votes'
for i = 2, #ARGV, 6 do
  local member = ARGV[i]
  local seen = redis.call('HGET', versions, member)
  if (not seen) or tonumber(seen) < tonumber(ARGV[i + 2]) then
    redis.call('HSET', versions, member, ARGV[i + 2])
    redis.call('HSET', votes, member, ARGV[i + 3])
    local top = p .. 'rank:' .. ARGV[i + 1] .. ':top'
    local trending = p .. 'rank:' .. ARGV[i + 1] .. ':trending'
    if ARGV[i + 5] == '1' then
      redis.call('ZADD', top, ARGV[i + 3], member)
      redis.call('ZADD', trending, ARGV[i + 4], member)
    else
      redis.call('ZREM', top, member)
      redis.call('ZREM', trending, member)
    end
  end
end
return 0
