//! The `server` binary: reads the command line and hands over to the library.

use clap::Parser;

/// jemalloc rather than the system allocator: a profile of votes under load found
/// glibc's malloc and free (with its arena locks and consolidation) taking about a fifth
/// of the server's CPU, and a server holding pages and rankings for months wants an
/// allocator that keeps fragmentation down.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::Cli::parse().run().await
}
