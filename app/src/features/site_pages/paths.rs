//! The statutory pages' addresses: each page at `/{key}` (see `SitePageKind::path`), and
//! the administrators' pages to edit them.

use crate::features::fill;

pub const ADMIN_PAGES: &str = "/admin/pages";
pub const ADMIN_PAGE: &str = "/admin/pages/{key}";
pub const ADMIN_PAGE_RESET: &str = "/admin/pages/{key}/reset";

pub fn admin_page(key: &str) -> String {
    fill(ADMIN_PAGE, &[&key])
}

pub fn admin_page_reset(key: &str) -> String {
    fill(ADMIN_PAGE_RESET, &[&key])
}
