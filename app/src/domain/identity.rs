//! Who is asking, and the two checks every action makes: may this person take part
//! (not suspended), and do they hold a role. Each is written here once; the form
//! handlers' extractors (`server::web::extract`) and the server functions
//! (`server::auth`) both call these.

use serde::{Deserialize, Serialize};

use crate::domain::user::{Role, Segment};
use crate::forms::FieldErrors;

/// The person signed in, as pages and services see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub display_name: String,
    pub segment: Segment,
    pub role: Role,
    /// A moderator's suspension in force: they may read, not take part.
    pub suspension: Option<Suspension>,
}

/// A suspension in force, as the person and moderators are shown it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suspension {
    /// The last UK day of the suspension, "12 January 2027".
    pub until: String,
    pub reason: String,
}

impl Suspension {
    /// What the person is told wherever they would take part, in their language (the
    /// moderator's reason stays as the moderator wrote it).
    pub fn message(&self) -> String {
        crate::t!(
            "suspended-message",
            until = self.until.as_str(),
            reason = self.reason.as_str()
        )
    }
}

/// Why someone signed in may not do something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Their role is below the one needed.
    Forbidden,
    /// They are suspended, so they may read but not change anything.
    Suspended(Suspension),
}

impl CurrentUser {
    /// The suspension check: `Ok` when this person may take part.
    pub fn may_take_part(&self) -> Result<(), Refusal> {
        match &self.suspension {
            Some(suspension) => Err(Refusal::Suspended(suspension.clone())),
            None => Ok(()),
        }
    }

    /// The role check: `Ok` when this person holds `role` or a more powerful one.
    /// Reading needs only this; changing something also needs [`Self::may_act_as`].
    pub fn holds(&self, role: Role) -> Result<(), Refusal> {
        if self.role >= role {
            Ok(())
        } else {
            Err(Refusal::Forbidden)
        }
    }

    /// Both checks, for a change made with `role`'s powers: a suspended moderator or
    /// administrator cannot act either.
    pub fn may_act_as(&self, role: Role) -> Result<(), Refusal> {
        self.holds(role)?;
        self.may_take_part()
    }

    /// `checked` (a validated form), unless this person may not take part: then the
    /// suspension's message by `field`, so the form comes back with what they typed.
    pub fn unless_suspended<T>(
        &self,
        field: &str,
        checked: Result<T, FieldErrors>,
    ) -> Result<T, FieldErrors> {
        let valid = checked?;
        match self.may_take_part() {
            Err(Refusal::Suspended(suspension)) => {
                Err(FieldErrors::one(field, suspension.message()))
            }
            _ => Ok(valid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(role: Role, suspended: bool) -> CurrentUser {
        CurrentUser {
            id: 1,
            display_name: "Sam".into(),
            segment: Segment::Public,
            role,
            suspension: suspended.then(|| Suspension {
                until: "1 January 2027".into(),
                reason: "Spam.".into(),
            }),
        }
    }

    #[test]
    fn roles_rank_and_suspension_stops_every_change() {
        let moderator = person(Role::Moderator, false);
        assert_eq!(moderator.holds(Role::Public), Ok(()));
        assert_eq!(moderator.holds(Role::Admin), Err(Refusal::Forbidden));
        assert_eq!(moderator.may_act_as(Role::Moderator), Ok(()));
        let suspended = person(Role::Admin, true);
        assert_eq!(suspended.holds(Role::Admin), Ok(()));
        assert!(matches!(
            suspended.may_act_as(Role::Moderator),
            Err(Refusal::Suspended(_))
        ));
        assert!(suspended.may_take_part().is_err());
    }

    #[test]
    fn a_suspended_person_gets_the_reason_by_the_field_after_validation() {
        let suspended = person(Role::Public, true);
        let errors = suspended
            .unless_suspended("title", Ok::<_, FieldErrors>(()))
            .unwrap_err();
        assert!(
            errors
                .get("title")
                .unwrap()
                .contains("suspended until the end of 1 January 2027")
        );
        // A form with mistakes shows them first: fix one thing at a time.
        let mistakes = FieldErrors::one("summary", "Enter a summary");
        let errors = suspended
            .unless_suspended::<()>("title", Err(mistakes.clone()))
            .unwrap_err();
        assert_eq!(errors, mistakes);
        assert_eq!(
            person(Role::Public, false).unless_suspended("title", Ok::<_, FieldErrors>(7)),
            Ok(7)
        );
    }
}
