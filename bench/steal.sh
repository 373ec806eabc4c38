# The CPU the virtual machine's host took for others (steal), for the bench scripts
# (sourced). On a shared host it can take most of the CPU for minutes at a time (57-82 %
# was seen on 2 December 2026), and then every figure measures the host, not the
# server: each measurement says it, so such a run is recognised and thrown away.

# CPU time so far, all of it and the part stolen, from /proc/stat: "total steal".
cpu_times() {
  awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9 }' /proc/stat
}

# The share of CPU time stolen since `$1` (from cpu_times).
steal_since() {
  local total0 steal0 total1 steal1
  read -r total0 steal0 <<<"$1"
  read -r total1 steal1 <<<"$(cpu_times)"
  awk -v t=$((total1 - total0)) -v s=$((steal1 - steal0)) \
    'BEGIN { p = t ? 100 * s / t : 0; printf "%.0f %%%s", p, (p > 5 ? " (too high: measure again)" : "") }'
}
