use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "categories")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    /// The name in Welsh; empty until written.
    pub name_cy: String,
}

impl Model {
    /// The name for a reader of `lang` (the English one until a Welsh one is written).
    pub fn name_in(&self, lang: crate::i18n::Lang) -> &str {
        crate::i18n::written_in(lang, &self.name, &self.name_cy).0
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::campaign_category::Entity")]
    CampaignCategory,
}

impl ActiveModelBehavior for ActiveModel {}
