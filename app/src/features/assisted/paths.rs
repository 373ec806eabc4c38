//! Assisted digital's addresses.

/// The people a helper acts for, and the form to record one more.
pub const PEOPLE: &str = "/assisted";
/// One person: what was put forward for them, and acting for them.
pub const PERSON: &str = "/assisted/people/{id}";
/// Supporting ideas for a person (or withdrawing their support).
pub const SUPPORT: &str = "/assisted/people/{id}/support";
/// Removing a person, at their request: their account goes as anyone's would.
pub const REMOVE: &str = "/assisted/people/{id}/remove";
/// Importing paper forms from a CSV file: the upload, the preview, the import.
pub const IMPORT: &str = "/assisted/import";
/// The import file's template.
pub const TEMPLATE: &str = "/assisted/import/template.csv";

/// Person `id`'s page.
pub fn person(id: i64) -> String {
    crate::features::fill(PERSON, &[&id])
}

/// Where supporting ideas for person `id` is posted.
pub fn support(id: i64) -> String {
    crate::features::fill(SUPPORT, &[&id])
}

/// The new-idea page of campaign `slug`, putting the idea forward for person `id`.
pub fn new_idea_for(slug: &str, id: i64) -> String {
    format!("{}?for={id}", crate::features::ideas::paths::new_idea(slug))
}

/// Where removing person `id` is posted.
pub fn remove(id: i64) -> String {
    crate::features::fill(REMOVE, &[&id])
}
