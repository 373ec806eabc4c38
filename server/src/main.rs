//! The `server` binary: reads the command line and hands over to the library.

use clap::Parser;

/// jemalloc rather than the system allocator: a profile of votes under load found
/// glibc's malloc and free (with its arena locks and consolidation) taking about a fifth
/// of the server's CPU, and jemalloc's a twentieth (docs/benchmarks.md, "The allocator
/// and the shared state").
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::Cli::parse().run().await
}
