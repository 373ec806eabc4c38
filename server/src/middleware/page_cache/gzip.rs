//! A kept page's gzip answer, put together from pieces compressed once: each answer
//! differs (its nonce, a signed-in reader's own parts), yet the page is not compressed
//! again for each reader.
//!
//! Deflate allows it (RFC 1951). A compressor's output flushed to a byte boundary (a
//! sync flush), without a final block, may be followed by any other blocks, and a piece
//! compressed by a fresh compressor refers to nothing before it. So the text between a
//! page's holes is compressed when the page is kept; an answer is those pieces with each
//! hole's text between them as stored blocks (a nonce does not compress, and a reader's
//! own parts are short), a final empty block, and the gzip trailer (RFC 1952), whose
//! CRC-32 is combined from the pieces' own. The price is a few bytes: no match reaches
//! across a hole.

use flate2::{Compress, Compression, FlushCompress};

/// A gzip member's header: deflate, no name, no time, operating system unknown.
const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

/// The most a stored block holds.
const STORED_MAX: usize = u16::MAX as usize;

/// Text compressed once, with its CRC-32 and length for the trailer.
pub struct Piece {
    deflated: Vec<u8>,
    crc: crc32fast::Hasher,
    len: usize,
}

impl Piece {
    /// The compressed bytes kept (for the cache's weight).
    pub fn kept_bytes(&self) -> usize {
        self.deflated.len()
    }
}

/// `texts` compressed each on its own, at zlib's default level (once per page kept:
/// the size matters more than the time). `None` if the compressor fails.
pub fn pieces<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<Vec<Piece>> {
    let mut compress = Compress::new(Compression::default(), false);
    texts
        .into_iter()
        .map(|text| {
            // A fresh stream for each piece: nothing in it refers to the one before.
            compress.reset();
            let mut deflated = Vec::with_capacity(text.len() / 4 + 64);
            loop {
                let read = usize::try_from(compress.total_in()).ok()?;
                compress
                    .compress_vec(&text.as_bytes()[read..], &mut deflated, FlushCompress::Sync)
                    .ok()?;
                // All read, and room left over: the flush is complete.
                let all_read = usize::try_from(compress.total_in()).ok()? == text.len();
                if all_read && deflated.len() < deflated.capacity() {
                    break;
                }
                deflated.reserve(deflated.capacity().max(1024));
            }
            let mut crc = crc32fast::Hasher::new();
            crc.update(text.as_bytes());
            Some(Piece {
                deflated,
                crc,
                len: text.len(),
            })
        })
        .collect()
}

/// One gzip member: `pieces` with `fills` between them (one fewer fill than pieces).
pub fn member(pieces: &[Piece], fills: &[&str]) -> Vec<u8> {
    debug_assert_eq!(pieces.len(), fills.len() + 1);
    let compressed: usize = pieces.iter().map(Piece::kept_bytes).sum();
    let stored: usize = fills.iter().map(|f| f.len() + 5).sum();
    let mut out = Vec::with_capacity(HEADER.len() + compressed + stored + 5 + 8);
    out.extend_from_slice(&HEADER);
    let mut crc = crc32fast::Hasher::new();
    let mut len = 0usize;
    let mut fills = fills.iter();
    for piece in pieces {
        out.extend_from_slice(&piece.deflated);
        crc.combine(&piece.crc);
        len += piece.len;
        if let Some(fill) = fills.next() {
            for chunk in fill.as_bytes().chunks(STORED_MAX) {
                stored_block(&mut out, chunk, false);
            }
            crc.update(fill.as_bytes());
            len += fill.len();
        }
    }
    stored_block(&mut out, &[], true);
    out.extend_from_slice(&crc.finalize().to_le_bytes());
    // ISIZE: the length modulo 2^32.
    out.extend_from_slice(&(len as u32).to_le_bytes());
    out
}

/// A stored (uncompressed) block, at a byte boundary: its first byte holds BFINAL and
/// BTYPE 00 and pads the rest, then LEN and its complement, then the bytes.
fn stored_block(out: &mut Vec<u8>, bytes: &[u8], last: bool) {
    let len = u16::try_from(bytes.len()).expect("a stored block holds at most 65,535 bytes");
    out.push(u8::from(last));
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&(!len).to_le_bytes());
    out.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(bytes: &[u8]) -> String {
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .expect("a valid gzip member");
        text
    }

    #[test]
    fn pieces_and_fills_make_the_whole_text() {
        let page = "<html><head><script nonce=\"N\"></script></head><body>".to_owned()
            + &"<li class=\"idea\">An app for sleep diaries</li>".repeat(500)
            + "<script nonce=\"N\"></script></body></html>";
        let texts: Vec<&str> = page.split('N').collect();
        let kept = pieces(texts.iter().copied()).unwrap();
        assert_eq!(kept.len(), 3);
        for fresh in ["AbCdEfGhIjKlMnOpQrStUv", "ZyXwVuTsRqPoNmLkJiHgFe"] {
            let sent = member(&kept, &[fresh, fresh]);
            assert_eq!(gunzip(&sent), page.replace('N', fresh));
            assert!(
                sent.len() < page.len() / 10,
                "{} of {}",
                sent.len(),
                page.len()
            );
        }
    }

    #[test]
    fn empty_pieces_and_fills_longer_than_a_stored_block() {
        let long = "x".repeat(STORED_MAX * 2 + 7);
        let kept = pieces(["", "middle", ""]).unwrap();
        let sent = member(&kept, &[&long, ""]);
        assert_eq!(gunzip(&sent), format!("{long}middle"));
        let nothing = member(&pieces([""]).unwrap(), &[]);
        assert_eq!(gunzip(&nothing), "");
    }
}
