//! A version on each idea's tally, so that copies of it elsewhere (the rankings in Redis,
//! or in process) can tell a newer state from an older one that arrived late.

use sea_orm_migration::prelude::*;

use crate::m20261124_000004_create_ideas::Ideas;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Bumped in the same statement as every change to the idea's votes or to whether
        // lists show it. Writes to the rankings carry it, and a ranking keeps only the
        // highest it has seen, so two votes' updates may arrive in either order, and a
        // rebuild may race live votes, without a stale count winning.
        manager
            .alter_table(
                Table::alter()
                    .table(Ideas::Table)
                    .add_column(
                        ColumnDef::new(TallyVersion::TallyVersion)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Ideas::Table)
                    .drop_column(TallyVersion::TallyVersion)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum TallyVersion {
    TallyVersion,
}
