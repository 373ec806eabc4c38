//! The site's static files (the wasm bundle, its script, the stylesheet, the NHS.UK
//! icons): compressed once, not per request, and cached as long as their names allow.
//!
//! [`precompress`] writes a Brotli (`.br`) and a gzip (`.gz`) copy beside each
//! compressible file, which the file service sends to browsers that accept them. It
//! runs at start-up in the background (files still unwritten are compressed per request
//! meanwhile, by the compression layer every response passes through) and as `server
//! precompress`, for deployments that want them in place before the first request.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What is worth compressing: text and wasm. Images and fonts are compressed already.
const COMPRESSIBLE: &[&str] = &[
    "css", "js", "mjs", "wasm", "svg", "json", "txt", "xml", "html", "ico",
];
/// Files smaller than this gain less than the headers cost.
const SMALLEST: u64 = 1024;
/// Brotli's best (quality 11) takes a few seconds for a release bundle of a few MB; a
/// debug bundle, five times larger and never sent to anyone far away, gets a faster one.
const BEST_UP_TO: u64 = 6 * 1024 * 1024;

/// What a run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Precompressed {
    /// Files compressed in this run (their copies were missing or older).
    pub written: u64,
    /// Files whose copies were already up to date.
    pub current: u64,
    pub original_bytes: u64,
    pub brotli_bytes: u64,
}

/// Writes the compressed copies of every compressible file under `root` whose copies
/// are missing or older than the file.
pub fn precompress(root: &Path) -> std::io::Result<Precompressed> {
    let mut done = Precompressed::default();
    let mut files = Vec::new();
    collect(root, &mut files)?;
    for file in files {
        let meta = std::fs::metadata(&file)?;
        if meta.len() < SMALLEST {
            continue;
        }
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        let br = with_suffix(&file, "br");
        let gz = with_suffix(&file, "gz");
        let fresh = |copy: &Path| {
            std::fs::metadata(copy)
                .and_then(|m| m.modified())
                .is_ok_and(|at| at >= modified)
        };
        if fresh(&br) && fresh(&gz) {
            done.current += 1;
            done.original_bytes += meta.len();
            done.brotli_bytes += std::fs::metadata(&br)?.len();
            continue;
        }
        let bytes = std::fs::read(&file)?;
        let quality = if meta.len() <= BEST_UP_TO { 11 } else { 5 };
        let mut compressed = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut compressed, 64 * 1024, quality, 22);
            writer.write_all(&bytes)?;
        }
        write_atomically(&br, &compressed)?;
        done.brotli_bytes += compressed.len() as u64;
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&bytes)?;
        write_atomically(&gz, &gzip.finish()?)?;
        done.written += 1;
        done.original_bytes += meta.len();
    }
    Ok(done)
}

/// Every compressible file under `dir`, depth first.
fn collect(dir: &Path, into: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, into)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e))
        {
            into.push(path);
        }
    }
    Ok(())
}

fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Written beside and renamed into place, so a browser never receives half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let partial = with_suffix(path, "partial");
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, path)
}

/// How long browsers may keep a static file at `path`: the bundle's files (`/pkg/`)
/// until the next deployment changes them, so they revalidate each time (cheaply: a
/// `304` against `Last-Modified`), unless their names carry a hash of their contents,
/// when they never change; the NHS.UK icons for a week.
pub fn cache_control(path: &str, hashed_names: bool) -> &'static str {
    if path.starts_with("/pkg/") {
        if hashed_names {
            "public, max-age=31536000, immutable"
        } else {
            "public, no-cache"
        }
    } else {
        "public, max-age=604800"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_written_once_and_read_back() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().to_owned();
        let css = "body { margin: 0 } ".repeat(200);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("pkg/site.css"), &css).unwrap();
        std::fs::write(dir.join("pkg/tiny.js"), "x").unwrap();
        std::fs::write(dir.join("pkg/photo.png"), vec![0u8; 4096]).unwrap();
        let first = precompress(&dir).unwrap();
        assert_eq!((first.written, first.current), (1, 0));
        assert!(first.brotli_bytes < first.original_bytes / 10);
        let mut back = Vec::new();
        brotli::BrotliDecompress(
            &mut std::fs::File::open(dir.join("pkg/site.css.br")).unwrap(),
            &mut back,
        )
        .unwrap();
        assert_eq!(back, css.as_bytes());
        let mut gunzipped = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(
                std::fs::File::open(dir.join("pkg/site.css.gz")).unwrap(),
            ),
            &mut gunzipped,
        )
        .unwrap();
        assert_eq!(gunzipped, css);
        // Too small, or not worth it: left alone.
        assert!(!dir.join("pkg/tiny.js.br").exists());
        assert!(!dir.join("pkg/photo.png.br").exists());
        // Nothing changed: nothing written again.
        let second = precompress(&dir).unwrap();
        assert_eq!((second.written, second.current), (0, 1));
    }
}
