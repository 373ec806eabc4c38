//! Assisted digital: taking part through a helper, for people who are not online.
//!
//! A helper (a library's or a surgery's staff, say: `Role::Helper`) records a person
//! who took part in person, by phone or on paper, with their consent, and then puts
//! forward ideas and supports ideas on their behalf. The person gets an account with no
//! way to sign in; everything it does reads "submitted with help", and the analysis
//! counts it as a group of its own. Paper forms can come in as a CSV file, one row per
//! form (`features::assisted::ImportRow`).

use serde::{Deserialize, Serialize};

use crate::domain::user::Segment;

/// How a person took part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum Channel {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "in-person"))]
    InPerson,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "phone"))]
    Phone,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "paper"))]
    Paper,
}

impl Channel {
    /// Every channel, in the order forms offer them.
    pub const ALL: [Channel; 3] = [Channel::InPerson, Channel::Phone, Channel::Paper];

    /// The channel's name in forms and files.
    pub fn key(self) -> &'static str {
        match self {
            Self::InPerson => "in-person",
            Self::Phone => "phone",
            Self::Paper => "paper",
        }
    }

    /// The channel named `key` (any case), if there is one.
    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_lowercase();
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The key of how the channel reads (`app/locales`).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::InPerson => "channel-in-person",
            Self::Phone => "channel-phone",
            Self::Paper => "channel-paper",
        }
    }
}

/// What the helper confirms the person agreed to, recorded word for word with each
/// person (so a later change of wording does not rewrite what someone agreed).
pub const CONSENT: &str = "They agreed that we put forward their ideas and support ideas on their behalf on this site, \
     under the name they chose, and they were told how their information is used (the privacy notice).";

/// The key of the tag on everything a helper put forward for someone.
pub const WITH_HELP: &str = "with-help";

/// The name shown for a person who did not give one.
pub const UNNAMED: &str = "A participant";

/// The longest reference a helper can keep (a paper form's number, initials).
pub const REFERENCE_MAX: usize = 60;

/// The most ideas one support form or one file row may support.
pub const SUPPORTS_MAX: usize = 50;

/// A person to record, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPerson {
    pub display_name: String,
    pub segment: Segment,
    pub channel: Channel,
    pub reference: Option<String>,
}

/// The idea numbers in `text` ("12, 45 103", "#12; #45"), each once, in order.
pub fn idea_numbers(text: &str) -> Result<Vec<i64>, String> {
    let mut numbers = Vec::new();
    for part in text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .map(|p| p.trim().trim_start_matches('#'))
        .filter(|p| !p.is_empty())
    {
        match part.parse::<i64>() {
            Ok(n) if n > 0 => {
                if !numbers.contains(&n) {
                    numbers.push(n);
                }
            }
            _ => {
                return Err(crate::t!("helped-not-a-number", part = part.to_owned()));
            }
        }
    }
    if numbers.len() > SUPPORTS_MAX {
        return Err(crate::t!("helped-too-many", max = SUPPORTS_MAX));
    }
    Ok(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idea_numbers_are_read_as_people_write_them() {
        assert_eq!(idea_numbers("12, 45 103;#7, 12"), Ok(vec![12, 45, 103, 7]));
        assert_eq!(idea_numbers("  "), Ok(vec![]));
        assert!(idea_numbers("12, twelve").unwrap_err().contains("“twelve”"));
        assert!(idea_numbers("0").is_err());
        let many: Vec<String> = (1..=SUPPORTS_MAX as i64 + 1)
            .map(|n| n.to_string())
            .collect();
        assert!(idea_numbers(&many.join(",")).is_err());
    }

    #[test]
    fn channels_round_trip_through_their_keys() {
        for channel in Channel::ALL {
            assert_eq!(Channel::from_key(channel.key()), Some(channel));
        }
        assert_eq!(Channel::from_key(" Paper "), Some(Channel::Paper));
        assert_eq!(Channel::from_key("pigeon"), None);
    }
}
