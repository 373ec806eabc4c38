//! Following's addresses.

use crate::features::fill;

pub const FOLLOW_IDEA: &str = "/ideas/{id}/follow";
pub const FOLLOW_CAMPAIGN: &str = "/campaigns/{slug}/follow";

pub fn follow_idea(id: i64) -> String {
    fill(FOLLOW_IDEA, &[&id])
}

pub fn follow_campaign(slug: &str) -> String {
    fill(FOLLOW_CAMPAIGN, &[&slug])
}
