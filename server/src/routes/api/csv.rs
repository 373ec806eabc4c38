//! CSV downloads written as they are read: one page of rows from the database at a
//! time, each sent as it is written, so a campaign of 100,000 ideas costs the server
//! the memory of one page, not of the whole file, and the first bytes leave at once.

use std::future::Future;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use sea_orm::DbErr;

use super::{error, internal, open};

/// One page of rows, and where the next page starts (`None` after the last).
pub type Page<R, S> = (Vec<R>, Option<S>);

/// The CSV download `filename`: `columns`, then the rows `read` returns page by page,
/// from `start` until it says there are no more.
///
/// The first page is read before answering, so a database that cannot be read gets the
/// API's JSON error with its status. A page that fails after that ends the download
/// without the chunked body's last chunk: clients report the file as incomplete rather
/// than take what came as the whole of it.
pub async fn download<S, R, F, Fut>(
    filename: &str,
    columns: &[&str],
    start: S,
    mut read: F,
) -> Response
where
    S: Send + 'static,
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
    F: FnMut(S) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<R, S>, DbErr>> + Send + 'static,
{
    let (rows, next) = match read(start).await {
        Ok(page) => page,
        Err(e) => return internal(e),
    };
    let first = match written(Some(columns), rows) {
        Ok(bytes) => bytes,
        Err(_) => return failed(),
    };
    let rest = futures::stream::unfold((read, next), |(mut read, next)| async move {
        let page = read(next?).await;
        Some(match page {
            Ok((rows, next)) => (
                written(None, rows).map_err(std::io::Error::other),
                (read, next),
            ),
            Err(e) => {
                tracing::error!(error = %e, "database error while streaming a CSV download");
                (Err(std::io::Error::other(e)), (read, None))
            }
        })
    });
    // Fused: the compression layer polls a body once more after its end, which an
    // unfolded stream does not allow.
    let body = Body::from_stream(
        futures::stream::once(async { Ok(first) })
            .chain(rest)
            .fuse(),
    );
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        )],
        body,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    open(response)
}

/// `rows` as CSV, after the `columns` row when given.
fn written<R>(columns: Option<&[&str]>, rows: Vec<R>) -> Result<Bytes, csv::Error>
where
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut writer = csv::Writer::from_writer(Vec::new());
    if let Some(columns) = columns {
        writer.write_record(columns)?;
    }
    for row in rows {
        writer.write_record(row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(Bytes::from(bytes))
}

fn failed() -> Response {
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The CSV could not be written.",
        None,
    )
}
