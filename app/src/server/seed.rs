//! The demo campaign, so that a first run shows a living site.
//!
//! The data is realistic (ideas of the kind the 2011 "Maps and Apps" exercise drew) and
//! made of real rows: the votes are rows in `votes`, and the cached counts are derived
//! from them exactly as in production.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};

use crate::domain::campaign::ModerationMode;
use crate::domain::idea::{IdeaKind, IdeaStatus, Visibility};
use crate::domain::slug::slugify;
use crate::domain::user::{Role, Segment};
use crate::server::entities::{campaign, campaign_category, category, comment, idea, user, vote};

/// The slug of the demo campaign that is open now.
pub const DEMO_CAMPAIGN_SLUG: &str = "apps-for-everyday-health";

/// What `seed_demo` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeedOutcome {
    Seeded {
        campaigns: usize,
        ideas: usize,
        votes: usize,
    },
    /// The demo campaign was already there; nothing was written.
    AlreadyPresent,
}

/// Each category's slug, name and Welsh name.
const CATEGORIES: [(&str, &str, &str); 6] = [
    (
        "long-term-conditions",
        "Long-term conditions",
        "Cyflyrau hirdymor",
    ),
    ("mental-health", "Mental health", "Iechyd meddwl"),
    ("medicines", "Medicines", "Meddyginiaethau"),
    ("carers", "Carers", "Gofalwyr"),
    (
        "children-and-families",
        "Children and families",
        "Plant a theuluoedd",
    ),
    ("staying-healthy", "Staying healthy", "Cadw'n iach"),
];

/// The demo campaign's words in Welsh. The other campaigns are left in English, as an
/// administrator might leave them, so the notice Welsh readers then see can be seen.
const DEMO_CAMPAIGN_WELSH: (&str, &str, &str) = (
    "Apiau ar gyfer iechyd bob dydd",
    "Pa apiau ac offer ar-lein fyddai'n eich helpu i ofalu am eich iechyd, neu iechyd rhywun rydych yn gofalu amdano?",
    "Rydyn ni eisiau clywed gan **bawb**: y cyhoedd, gweithwyr iechyd a gofal proffesiynol, a datblygwyr.\n\nCyflwynwch syniad ar gyfer ap neu declyn ar-lein newydd, neu argymell un rydych eisoes yn ei ddefnyddio. Cefnogwch y syniadau rydych chi'n credu sydd bwysicaf. Bydd y syniadau gorau yn llunio'r cyfeiriadur cenedlaethol o apiau iechyd.",
);

const PEOPLE: [(&str, Segment); 12] = [
    ("Amara O.", Segment::Public),
    ("Dr Priya Shah", Segment::Professional),
    ("Tom Fletcher", Segment::Developer),
    ("Margaret H.", Segment::Public),
    ("Community Nurse Jo", Segment::Professional),
    ("Carers Together Leeds", Segment::Organisation),
    ("Sam K.", Segment::Public),
    ("Pharmacist Ade", Segment::Professional),
    ("Helen W.", Segment::Public),
    ("Open Health Labs", Segment::Developer),
    ("Rhys D.", Segment::Public),
    ("Health Visitor Claire", Segment::Professional),
];

/// (title, summary, description, category slug, kind, link, status)
type IdeaSeed = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    IdeaKind,
    Option<&'static str>,
    IdeaStatus,
);

const OPEN_IDEAS: [IdeaSeed; 12] = [
    (
        "Medicines reminders that talk to my pharmacy",
        "A reminder app that knows my repeat prescriptions and tells the pharmacy when I am running low.",
        "I take six different medicines. Reminders on my phone help, but I still run out because I forget to order.\n\n**What would help:**\n\n- reminders at the times I take each medicine\n- a count of what is left\n- a button to ask my pharmacy for the next batch",
        "medicines",
        IdeaKind::NewTool,
        None,
        IdeaStatus::Shortlisted,
    ),
    (
        "A shared rota for families caring for someone",
        "One calendar the whole family and paid carers can see, so visits, meals and appointments are never missed.",
        "Caring for my dad is shared between three of us and two agency carers. We use a paper diary in his kitchen, which nobody can see from home.\n\nA shared rota with reminders and a notes section for each visit would make a real difference.",
        "carers",
        IdeaKind::NewTool,
        None,
        IdeaStatus::UnderReview,
    ),
    (
        "Couch to 5K",
        "The NHS running plan for beginners: nine weeks from the sofa to running 5 kilometres.",
        "I recommend this to every patient who asks how to get more active. The coaching voices keep people going and it costs nothing.",
        "staying-healthy",
        IdeaKind::Existing,
        Some("https://www.nhs.uk/better-health/get-active/get-running-with-couch-to-5k/"),
        IdeaStatus::Implemented,
    ),
    (
        "Carbohydrate counting from a photo of my plate",
        "For people with type 1 diabetes: take a photo of a meal and get an estimate of the carbohydrate in it.",
        "Counting carbohydrate for every meal is exhausting, especially for parents of young children with type 1 diabetes. An estimate from a photo, which I can correct, would save time at every meal.",
        "long-term-conditions",
        IdeaKind::NewTool,
        None,
        IdeaStatus::New,
    ),
    (
        "A mood diary I can share with my GP",
        "Track mood, sleep and activity each day and share a summary with my GP before an appointment.",
        "Ten minutes is not long enough to explain how the last month has been. A diary that produces a one-page summary I choose to share would make appointments more useful.",
        "mental-health",
        IdeaKind::NewTool,
        None,
        IdeaStatus::Shortlisted,
    ),
    (
        "Is my child's fever serious?",
        "Simple questions for parents that say whether to look after a child at home, call 111 or go to A&E.",
        "At 3am with a hot, unhappy baby it is hard to think clearly. A short set of questions, based on NICE guidance, with clear advice at the end would reassure parents and send the right children to the right place.",
        "children-and-families",
        IdeaKind::NewTool,
        None,
        IdeaStatus::InDevelopment,
    ),
    (
        "Booking GP appointments in British Sign Language",
        "Let deaf patients book and attend appointments with a BSL interpreter arranged automatically.",
        "Deaf patients often have to ask a hearing relative to phone the surgery. An online booking form that records the need for an interpreter, and books one, would give deaf people the same access as everyone else.",
        "long-term-conditions",
        IdeaKind::NewTool,
        None,
        IdeaStatus::New,
    ),
    (
        "Stop smoking with a savings counter",
        "Show how many cigarettes I have not smoked and the money I have saved since I quit.",
        "Seeing the money add up kept me going when I quit. Linking it to local stop smoking services would help more people get support.",
        "staying-healthy",
        IdeaKind::NewTool,
        None,
        IdeaStatus::New,
    ),
    (
        "My asthma action plan on my phone",
        "The written plan from the asthma nurse, on my phone, with what to do when symptoms get worse.",
        "Paper plans get lost. Having the plan on my phone, with my inhaler doses and a clear 'what to do in an attack' section, means it is with me when I need it.",
        "long-term-conditions",
        IdeaKind::NewTool,
        None,
        IdeaStatus::UnderReview,
    ),
    (
        "Dementia-friendly places near me",
        "A map of cafés, shops and venues where staff are trained to support people living with dementia.",
        "Going out with my mum is easier in places where staff understand dementia. A map of them, added to by local groups, would help families plan days out with confidence.",
        "carers",
        IdeaKind::NewTool,
        None,
        IdeaStatus::New,
    ),
    (
        "Pregnancy appointments in one place",
        "All midwife appointments, scans and test results in one timeline I can share with my partner.",
        "I had appointments with the GP, the midwife and the hospital, each with its own letters. One timeline would have saved a lot of worry.",
        "children-and-families",
        IdeaKind::NewTool,
        None,
        IdeaStatus::New,
    ),
    (
        "Active 10",
        "An NHS app that tracks brisk walking and encourages ten minutes of it a day.",
        "Easy to start with and popular with older patients who would never call themselves runners.",
        "staying-healthy",
        IdeaKind::Existing,
        Some("https://www.nhs.uk/better-health/get-active/"),
        IdeaStatus::New,
    ),
];

const PAST_IDEAS: [IdeaSeed; 3] = [
    (
        "A map of local health services with opening hours",
        "Show GP surgeries, pharmacies and walk-in centres near me, with the hours they are open today.",
        "When something happens at the weekend I never know what is open. One map with today's opening hours would stop people going to A&E by default.",
        "staying-healthy",
        IdeaKind::NewTool,
        None,
        IdeaStatus::Implemented,
    ),
    (
        "Compare hospitals by what patients say",
        "Put patient feedback and waiting times side by side so people can choose where to be treated.",
        "Choice only means something if people can compare. Patient ratings next to waiting times, in plain English, would help.",
        "long-term-conditions",
        IdeaKind::NewTool,
        None,
        IdeaStatus::Implemented,
    ),
    (
        "Translate leaflets into community languages",
        "Let people read NHS leaflets in the language they are most comfortable with.",
        "Many of our patients speak little English. Official translations of common leaflets would help them take part in decisions about their care.",
        "children-and-families",
        IdeaKind::NewTool,
        None,
        IdeaStatus::Declined,
    ),
];

/// Whether the database has no campaigns at all: the signal for seeding on first start.
pub async fn is_empty(db: &DatabaseConnection) -> Result<bool, DbErr> {
    Ok(campaign::Entity::find().count(db).await? == 0)
}

/// Writes the demo campaigns, people, ideas and votes, dated around `now`.
///
/// Runs in one transaction and does nothing when the demo campaign already exists, so
/// running it twice (or on two instances at once) cannot duplicate anything.
pub async fn seed_demo(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<SeedOutcome, DbErr> {
    let txn = db.begin_write().await?;
    let exists = campaign::Entity::find()
        .filter(campaign::Column::Slug.eq(DEMO_CAMPAIGN_SLUG))
        .count(&txn)
        .await?
        > 0;
    if exists {
        return Ok(SeedOutcome::AlreadyPresent);
    }

    let mut category_ids = Vec::new();
    for (slug, name, name_cy) in CATEGORIES {
        let existing = category::Entity::find()
            .filter(category::Column::Slug.eq(slug))
            .one(&txn)
            .await?;
        let id = match existing {
            Some(c) => c.id,
            None => {
                category::ActiveModel {
                    slug: Set(slug.into()),
                    name: Set(name.into()),
                    name_cy: Set(name_cy.into()),
                    ..Default::default()
                }
                .insert(&txn)
                .await?
                .id
            }
        };
        category_ids.push((slug, id));
    }
    let category_id = |slug: &str| {
        category_ids
            .iter()
            .find(|(s, _)| *s == slug)
            .map(|(_, id)| *id)
    };

    let mut people = Vec::new();
    for (i, (name, segment)) in PEOPLE.into_iter().enumerate() {
        let joined = now - Duration::days(60 - i as i64);
        let person = user::ActiveModel {
            display_name: Set(name.into()),
            segment: Set(segment),
            role: Set(Role::Public),
            created_at: Set(joined),
            updated_at: Set(joined),
            deleted_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        people.push(person.id);
    }

    let campaigns = [
        (
            DEMO_CAMPAIGN_SLUG,
            "Apps for everyday health",
            "Which apps and online tools would help you look after your health, or the health of someone you care for?",
            "We want to hear from **everyone**: the public, health and care professionals, and developers.\n\nPut forward an idea for a new app or online tool, or recommend one you already use. Support the ideas you think matter most. The best ideas will shape the national directory of health apps.",
            now - Duration::days(14),
            now + Duration::days(28),
            now + Duration::days(42),
            &OPEN_IDEAS[..],
        ),
        (
            "maps-and-apps-2011",
            "Maps and Apps 2011",
            "The original six-week exercise to find the best existing health apps and ideas for new ones.",
            "Nearly 500 ideas were put forward, with tens of thousands of votes. The results fed the national information strategy.",
            now - Duration::days(400),
            now - Duration::days(358),
            now - Duration::days(351),
            &PAST_IDEAS[..],
        ),
        (
            "digital-tools-for-carers",
            "Digital tools for carers",
            "A campaign focused on the apps and online tools that unpaid carers need.",
            "Opening soon. Carers, and the professionals who support them, will be invited to put forward ideas.",
            now + Duration::days(21),
            now + Duration::days(63),
            now + Duration::days(70),
            &[][..],
        ),
    ];

    let (mut idea_total, mut vote_total) = (0, 0);
    let mut idea_ids = Vec::new();
    for (slug, title, summary, description, opens, closes, voting, ideas) in campaigns {
        let (title_cy, summary_cy, description_cy) = if slug == DEMO_CAMPAIGN_SLUG {
            DEMO_CAMPAIGN_WELSH
        } else {
            ("", "", "")
        };
        let campaign = campaign::ActiveModel {
            slug: Set(slug.into()),
            title: Set(title.into()),
            summary: Set(summary.into()),
            description: Set(description.into()),
            title_cy: Set(title_cy.into()),
            summary_cy: Set(summary_cy.into()),
            description_cy: Set(description_cy.into()),
            submissions_open_at: Set(opens),
            submissions_close_at: Set(closes),
            voting_closes_at: Set(voting),
            moderation_mode: Set(ModerationMode::Post),
            created_at: Set(opens - Duration::days(7)),
            updated_at: Set(opens - Duration::days(7)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (_, id) in &category_ids {
            campaign_category::ActiveModel {
                campaign_id: Set(campaign.id),
                category_id: Set(*id),
            }
            .insert(&txn)
            .await?;
        }
        for (i, (title, summary, description, category, kind, link, status)) in
            ideas.iter().enumerate()
        {
            let submitted = opens + Duration::hours(7 + 19 * i as i64);
            let idea = idea::ActiveModel {
                campaign_id: Set(campaign.id),
                author_id: Set(people[i % people.len()]),
                category_id: Set(category_id(category)),
                kind: Set(*kind),
                title: Set((*title).into()),
                slug: Set(slugify(title)),
                summary: Set((*summary).into()),
                description: Set((*description).into()),
                link_url: Set(link.map(Into::into)),
                status: Set(*status),
                status_reason: Set(status_reason(*status)),
                visibility: Set(Visibility::Published),
                vote_count: Set(0),
                comment_count: Set(0),
                created_at: Set(submitted),
                updated_at: Set(submitted),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            idea_total += 1;
            idea_ids.push(idea.id);
            // A little discussion on some ideas, so "Most discussed" has something to sort.
            let mut first_thread = None;
            for k in 0..(i * 5 + 1) % 4 {
                let posted = comment::ActiveModel {
                    idea_id: Set(idea.id),
                    author_id: Set(people[(i + k + 1) % people.len()]),
                    parent_id: Set(if k == 2 { first_thread } else { None }),
                    body: Set(SAMPLE_COMMENTS[(i + k) % SAMPLE_COMMENTS.len()].into()),
                    visibility: Set(Visibility::Published),
                    submission_key: Set(None),
                    created_at: Set(submitted + Duration::hours(2 + k as i64)),
                    edited_at: Set(None),
                    deleted_at: Set(None),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                first_thread.get_or_insert(posted.id);
            }
            // A spread of support that does not follow submission order, so "Most
            // supported" and "Newest" differ visibly.
            let supporters = (i * 7 + 3) % people.len() + 1;
            for person in people.iter().take(supporters) {
                vote::ActiveModel {
                    user_id: Set(*person),
                    idea_id: Set(idea.id),
                    created_at: Set(submitted + Duration::hours(1)),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                vote_total += 1;
            }
        }
    }
    seed_directory(&txn, people[2], &idea_ids, now).await?;
    crate::server::tallies::recount(&txn, &idea_ids).await?;
    txn.commit().await?;
    Ok(SeedOutcome::Seeded {
        campaigns: campaigns.len(),
        ideas: idea_total,
        votes: vote_total,
    })
}

/// Two published listings in the directory, by the demo developer, each answering one of
/// the open campaign's ideas, so the directory, its feeds and the idea pages have
/// something to show.
async fn seed_directory(
    db: &impl ConnectionTrait,
    developer: i64,
    idea_ids: &[i64],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use crate::domain::listing::{
        Assurance, Audience, Cost, DeviceClass, EvidenceTier, ListingContent, ListingStatus,
        Platform, joined_keys,
    };
    use crate::server::entities::{developer_profile, listing, listing_idea, listing_revision};
    // To the microsecond, as every directory time is (the feed's cursor compares them).
    let at = chrono::SubsecRound::trunc_subsecs(now - Duration::days(3), 6);
    developer_profile::ActiveModel {
        user_id: Set(developer),
        organisation: Set("Fletcher Digital Health".into()),
        website_url: Set(Some("https://fletcher.example.org".into())),
        contact_email: Set("listings@fletcher.example.org".into()),
        created_at: Set(at),
        updated_at: Set(at),
        revoked_at: Set(None),
        revoked_reason: Set(None),
    }
    .insert(db)
    .await?;
    user::Entity::update_many()
        .col_expr(
            user::Column::Role,
            sea_orm::sea_query::Expr::value(Role::Developer.key()),
        )
        .filter(user::Column::Id.eq(developer))
        .exec(db)
        .await?;
    let listings = [
        ListingContent {
            language: crate::i18n::Lang::En,
            name: "Sleep Steady".into(),
            tagline: "A sleep diary that shows what helps you rest, with gentle reminders".into(),
            description: "Record when you sleep and how you feel. **Sleep Steady** shows patterns over weeks and suggests small changes, based on NHS advice.".into(),
            organisation: "Fletcher Digital Health".into(),
            website_url: "https://sleepsteady.example.org".into(),
            app_store_links: vec!["https://apps.example.org/sleep-steady".into()],
            platforms: vec![Platform::Web, Platform::Ios, Platform::Android],
            categories: vec!["mental-health".into(), "staying-healthy".into()],
            audiences: vec![Audience::Public],
            cost: Some(Cost::Free),
            accessibility_url: Some("https://sleepsteady.example.org/accessibility".into()),
            privacy_url: Some("https://sleepsteady.example.org/privacy".into()),
            assurance: Assurance {
                dtac_completed: true,
                device_class: Some(DeviceClass::NotADevice),
                evidence_tier: Some(EvidenceTier::Tier2),
                clinical_safety_officer: Some("Dr A. Morgan".into()),
            },
            contact_email: "hello@sleepsteady.example.org".into(),
            idea_ids: idea_ids.first().copied().into_iter().collect(),
        },
        ListingContent {
            language: crate::i18n::Lang::En,
            name: "Pill Pal".into(),
            tagline: "Reminders for medicines, and a list to show your pharmacist".into(),
            description: "Set reminders for each medicine and keep a list you can share.".into(),
            organisation: "Fletcher Digital Health".into(),
            website_url: "https://pillpal.example.org".into(),
            app_store_links: Vec::new(),
            platforms: vec![Platform::Android],
            categories: vec!["medicines".into()],
            audiences: vec![Audience::Patients, Audience::Carers],
            cost: Some(Cost::Freemium),
            accessibility_url: None,
            privacy_url: Some("https://pillpal.example.org/privacy".into()),
            assurance: Assurance::default(),
            contact_email: "support@pillpal.example.org".into(),
            idea_ids: idea_ids.get(1).copied().into_iter().collect(),
        },
    ];
    for content in listings {
        let row = listing::ActiveModel {
            owner_id: Set(developer),
            status: Set(ListingStatus::Approved),
            slug: Set(slugify(&content.name)),
            live_revision_id: Set(None),
            pending_revision_id: Set(None),
            name: Set(content.name.clone()),
            tagline: Set(content.tagline.clone()),
            language: Set(content.language),
            description: Set(content.description.clone()),
            organisation: Set(content.organisation.clone()),
            cost: Set(content.cost),
            platforms: Set(joined_keys(content.platforms.iter().map(|p| p.key()))),
            categories: Set(joined_keys(content.categories.iter().map(String::as_str))),
            audiences: Set(joined_keys(content.audiences.iter().map(|a| a.key()))),
            created_at: Set(at),
            changed_at: Set(at),
            last_reviewed_at: Set(Some(at)),
            published_at: Set(Some(at)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let revision =
            listing_revision::ActiveModel {
                listing_id: Set(row.id),
                author_id: Set(developer),
                content: Set(
                    serde_json::to_string(&content).map_err(|e| DbErr::Custom(e.to_string()))?
                ),
                created_at: Set(at),
                updated_at: Set(at),
                submitted_at: Set(Some(at)),
                ..Default::default()
            }
            .insert(db)
            .await?;
        let id = row.id;
        let mut row: listing::ActiveModel = row.into();
        row.live_revision_id = Set(Some(revision.id));
        row.update(db).await?;
        for idea_id in &content.idea_ids {
            listing_idea::ActiveModel {
                listing_id: Set(id),
                idea_id: Set(*idea_id),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

const SAMPLE_COMMENTS: [&str; 5] = [
    "Yes, please. I would use this every week.",
    "Would it work offline? Signal is poor where I live.",
    "As a practice nurse I see this need daily. It would need to be checked by clinicians, but the idea is sound.",
    "Something similar exists abroad; it would be worth learning from how they did it.",
    "Please make sure it works well with a screen reader.",
];

fn status_reason(status: IdeaStatus) -> Option<String> {
    match status {
        IdeaStatus::Shortlisted => {
            Some("Shortlisted by the review panel for the national directory.".into())
        }
        IdeaStatus::Implemented => Some("Now available: see the directory listing.".into()),
        IdeaStatus::Declined => {
            Some("Translation is now handled by a separate national programme.".into())
        }
        IdeaStatus::InDevelopment => Some("A supplier is building this with clinicians.".into()),
        IdeaStatus::UnderReview => Some("Our clinical reviewers are looking at this idea.".into()),
        IdeaStatus::New | IdeaStatus::Duplicate => None,
    }
}
