//! What administrators write, in Welsh beside English: a campaign's title, summary and
//! description, each category's name, and each statutory page. Empty means not written
//! in Welsh yet; the Welsh pages then show the English, marked as such, with a notice.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each table and its columns in Welsh. SQLite adds one column per statement.
const WELSH: [(Welsh, &[Welsh]); 3] = [
    (
        Welsh::Campaigns,
        &[Welsh::TitleCy, Welsh::SummaryCy, Welsh::DescriptionCy],
    ),
    (Welsh::Categories, &[Welsh::NameCy]),
    (Welsh::SitePages, &[Welsh::BodyCy]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, columns) in WELSH {
            for column in columns {
                manager
                    .alter_table(
                        Table::alter()
                            .table(table)
                            .add_column(text(*column).default(""))
                            .to_owned(),
                    )
                    .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, columns) in WELSH {
            for column in columns {
                manager
                    .alter_table(Table::alter().table(table).drop_column(*column).to_owned())
                    .await?;
            }
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Welsh {
    Campaigns,
    TitleCy,
    SummaryCy,
    DescriptionCy,
    Categories,
    NameCy,
    SitePages,
    BodyCy,
}
