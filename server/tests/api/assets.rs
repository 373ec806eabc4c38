//! Light on the wire: every response compressed as the browser accepts, static files
//! sent from compressed copies written once, with caching headers that let browsers
//! keep them.

use std::io::Read;

use crate::support::{Backend, fetch, spawn_app, unbrotli};

#[tokio::test]
async fn pages_are_compressed_as_the_browser_accepts() {
    let app = spawn_app(Backend::Sqlite).await;
    let plain = fetch(&app, "/", None).await;
    assert!(plain.headers().get("content-encoding").is_none());
    let html = plain.text().await.unwrap();

    let br = fetch(&app, "/", Some("gzip, deflate, br, zstd")).await;
    assert_eq!(br.headers()["content-encoding"], "br");
    // A page also varies by language (`Cookie, Accept-Language`), in a header of its own.
    assert!(br.headers().get_all("vary").iter().any(|v| {
        v.to_str()
            .unwrap()
            .to_lowercase()
            .contains("accept-encoding")
    }));
    let bytes = br.bytes().await.unwrap();
    assert!(
        bytes.len() * 3 < html.len(),
        "{} of {}",
        bytes.len(),
        html.len()
    );
    let page = String::from_utf8(unbrotli(&bytes)).unwrap();
    assert!(page.contains("<h1"), "a whole page");

    let gzip = fetch(&app, "/api/v1/ideas?limit=100", Some("gzip")).await;
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let mut json = String::new();
    flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..])
        .read_to_string(&mut json)
        .unwrap();
    serde_json::from_str::<serde_json::Value>(&json).expect("the open data, whole");
}

#[tokio::test]
async fn static_files_come_from_their_compressed_copies_and_are_kept() {
    let app = spawn_app(Backend::Sqlite).await;
    // The server writes the copies in the background as it starts.
    let copy = app.site_root().join("pkg/ideas.css.br");
    for _ in 0..100 {
        if copy.exists() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let written = std::fs::read(&copy).expect("the Brotli copy was written");
    let original = std::fs::read(app.site_root().join("pkg/ideas.css")).unwrap();

    let response = fetch(&app, "/pkg/ideas.css", Some("gzip, br")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(response.headers()["content-type"], "text/css");
    // Not hashed names: kept, but checked again each time.
    assert_eq!(response.headers()["cache-control"], "public, no-cache");
    let modified = response.headers()["last-modified"]
        .to_str()
        .unwrap()
        .to_owned();
    let body = response.bytes().await.unwrap();
    assert_eq!(
        &body[..],
        &written[..],
        "sent as written, not compressed again"
    );
    assert_eq!(unbrotli(&body), original);

    // Checking again costs a 304.
    let again = app
        .client
        .get(format!("{}/pkg/ideas.css", app.address))
        .header("if-modified-since", modified)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    // Without Brotli: the gzip copy; without either: the file.
    let gzip = fetch(&app, "/pkg/ideas.css", Some("gzip")).await;
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let plain = fetch(&app, "/pkg/ideas.css", None).await;
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(&plain.bytes().await.unwrap()[..], &original[..]);

    // The "page not found" page is not kept.
    let missing = fetch(&app, "/pkg/nothing-here.css", Some("br")).await;
    assert_eq!(missing.status(), 404);
    assert_ne!(
        missing
            .headers()
            .get("cache-control")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default(),
        "public, no-cache"
    );
}
