//! The parts of a public page that differ for whoever reads it.
//!
//! The home page, campaign lists, the directory and its listings are the same for
//! everyone but for a few parts: the header's account list, and a campaign's follow
//! form. Each such part is drawn inside an element marked with [`ATTRIBUTE`], naming the
//! [`Part`]: a page kept as rendered for people not signed in
//! (`server::middleware::page_cache`) is given a signed-in reader's own parts there,
//! drawn by [`draw`] from their account alone, so the page itself is not drawn again
//! for them.
//!
//! A marked element holds no element of its own kind (the kept page's part ends at the
//! first closing tag of that kind).

/// The attribute marking a part: `data-personal="account"`.
pub const ATTRIBUTE: &str = "data-personal";

/// A part of a page that differs for whoever reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The header's account list: a way to sign in, or who is signed in.
    Account,
    /// The follow form of the campaign with this slug.
    CampaignFollow(String),
}

impl Part {
    /// The part as its marker's value names it.
    pub fn key(&self) -> String {
        match self {
            Self::Account => "account".to_owned(),
            Self::CampaignFollow(slug) => format!("campaign-follow {slug}"),
        }
    }

    /// The part a marker's value names.
    pub fn parse(key: &str) -> Option<Self> {
        match key.split_once(' ') {
            None if key == "account" => Some(Self::Account),
            Some(("campaign-follow", slug)) if !slug.is_empty() => {
                Some(Self::CampaignFollow(slug.to_owned()))
            }
            _ => None,
        }
    }
}

/// `part` as `user` sees it, in `lang`, as HTML: what goes inside its marked element.
#[cfg(feature = "ssr")]
pub async fn draw(
    part: &Part,
    user: crate::domain::identity::CurrentUser,
    db: &sea_orm::DatabaseConnection,
    lang: crate::i18n::Lang,
) -> Result<String, sea_orm::DbErr> {
    use leptos::prelude::*;
    let in_lang = |view: Box<dyn FnOnce() -> String>| {
        Owner::new().with(|| {
            provide_context(lang);
            view()
        })
    };
    Ok(match part {
        Part::Account => {
            let unread = crate::server::notifications::unread_count(db, user.id).await?;
            in_lang(Box::new(move || {
                view! { <crate::components::layout::SignedInItems user unread/> }.to_html()
            }))
        }
        Part::CampaignFollow(slug) => {
            let Some(campaign) = crate::server::queries::campaigns::by_slug(db, slug).await? else {
                return Ok(String::new());
            };
            let following =
                crate::server::following::follows_campaign(db, user.id, campaign.id).await?;
            in_lang(Box::new(move || {
                crate::features::following::campaign_follow_form(&campaign.slug, following)
                    .to_html()
            }))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_named_by_its_key() {
        for part in [Part::Account, Part::CampaignFollow("apps-for-sleep".into())] {
            assert_eq!(Part::parse(&part.key()), Some(part));
        }
        for key in [
            "",
            "accounts",
            "campaign-follow",
            "campaign-follow ",
            "idea 12",
        ] {
            assert_eq!(Part::parse(key), None, "{key}");
        }
    }
}
