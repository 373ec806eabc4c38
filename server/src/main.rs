//! The `server` binary: reads the command line and hands over to the library.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::Cli::parse().run().await
}
