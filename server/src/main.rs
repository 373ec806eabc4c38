//! The `server` binary: reads the command line and hands over to the library.

use clap::Parser;

/// jemalloc rather than the system allocator: a profile of votes under load found
/// glibc's malloc and free (with its arena locks and consolidation) taking about a fifth
/// of the server's CPU, and jemalloc's a twentieth (docs/benchmarks.md, "The allocator
/// and the shared state").
///
/// It is the C code's `malloc` too (`unprefixed_malloc_on_supported_platforms`): SQLite's
/// page caches and sorts, on each connection's own thread, otherwise spread over glibc's
/// per-thread arenas, which kept about 25 MB more after an analysis of 100,000 ideas. Its
/// background threads (`background_threads`) hand freed memory back to the system after
/// such a burst, rather than when the next allocations happen to come.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read when it starts (`MALLOC_CONF` in the environment still
/// overrides them). Freed pages go back to the system after a second rather than ten:
/// an analysis of 100,000 ideas frees tens of megabytes in phases (words, then the
/// ideas it names, then its tables), and held for ten seconds they set the server's peak
/// (`bench/analysis`: 141-151 MB, 133-145 MB with these). Votes under load reuse what
/// they free long before a second passes.
#[unsafe(export_name = "malloc_conf")]
static MALLOC_CONF: &[u8] = b"dirty_decay_ms:1000,muzzy_decay_ms:0\0";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::Cli::parse().run().await
}

#[cfg(test)]
mod tests {
    /// jemalloc's option `name`, as it started with.
    fn option(name: &str) -> isize {
        let name = format!("opt.{name}\0");
        // SAFETY: the name is nul-terminated and these options are `ssize_t`s.
        unsafe { tikv_jemalloc_ctl::raw::read::<isize>(name.as_bytes()) }.unwrap()
    }

    /// The options reach jemalloc: a misnamed symbol would leave its defaults (ten
    /// seconds) in place without a word.
    #[test]
    fn jemalloc_starts_with_the_servers_options() {
        if std::env::var_os("MALLOC_CONF").is_none() {
            assert_eq!(option("dirty_decay_ms"), 1000);
            assert_eq!(option("muzzy_decay_ms"), 0);
        }
        assert!(
            unsafe { tikv_jemalloc_ctl::raw::read::<bool>(b"opt.background_thread\0") }.unwrap()
        );
    }
}
