//! Discussions: threads in a neighbourhood (or attached to one issue or task), posts with their
//! earlier versions, reactions, flags, each person's read position, and the moderation log.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Threads::Table)
                    .col(uuid(Threads::Id).primary_key())
                    .col(uuid(Threads::NeighbourhoodId))
                    // `general`, `issue` or `task`; an issue or task has at most one thread.
                    .col(string(Threads::SubjectType))
                    .col(uuid_null(Threads::SubjectId))
                    .col(string(Threads::Title))
                    .col(uuid_null(Threads::AuthorId))
                    // The last post number taken (posts are numbered 1, 2, ... per thread).
                    .col(big_integer(Threads::PostSeq).default(0))
                    // Posts that are not deleted.
                    .col(big_integer(Threads::PostCount).default(0))
                    .col(boolean(Threads::Locked).default(false))
                    .col(boolean(Threads::Pinned).default(false))
                    .col(timestamp_with_time_zone(Threads::LastActivityAt))
                    .col(timestamp_with_time_zone(Threads::CreatedAt))
                    .col(timestamp_with_time_zone(Threads::UpdatedAt))
                    .foreign_key(&mut cascade(Threads::NeighbourhoodId, "neighbourhoods"))
                    .foreign_key(&mut set_null(Threads::AuthorId, "users"))
                    .to_owned(),
            )
            .await?;
        // The list: pinned first, then by last activity (keyset on all four columns).
        create_index(
            manager,
            "idx_threads_list",
            Threads::Table,
            [
                Threads::NeighbourhoodId,
                Threads::Pinned,
                Threads::LastActivityAt,
                Threads::Id,
            ],
        )
        .await?;
        // One discussion per issue or task (general threads have no subject id; NULLs differ).
        create_unique_index(
            manager,
            "idx_threads_subject",
            Threads::Table,
            [Threads::SubjectType, Threads::SubjectId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Posts::Table)
                    .col(uuid(Posts::Id).primary_key())
                    .col(uuid(Posts::ThreadId))
                    .col(uuid(Posts::NeighbourhoodId))
                    .col(big_integer(Posts::Seq))
                    .col(uuid_null(Posts::AuthorId))
                    .col(uuid_null(Posts::ParentId))
                    .col(text(Posts::BodySource))
                    .col(text(Posts::BodyHtml))
                    // `visible`, `hidden` or `deleted`.
                    .col(string(Posts::Status))
                    // Open flags (not yet decided by a coordinator).
                    .col(integer(Posts::FlagCount).default(0))
                    // In the coordinators' queue: flagged or hidden, not yet decided.
                    .col(boolean(Posts::NeedsReview).default(false))
                    .col(text_null(Posts::HiddenReason))
                    .col(uuid_null(Posts::HiddenBy))
                    .col(json(Posts::Reactions))
                    .col(timestamp_with_time_zone_null(Posts::EditedAt))
                    .col(timestamp_with_time_zone(Posts::CreatedAt))
                    .col(timestamp_with_time_zone(Posts::UpdatedAt))
                    .foreign_key(&mut cascade(Posts::ThreadId, "threads"))
                    .foreign_key(&mut set_null(Posts::AuthorId, "users"))
                    .to_owned(),
            )
            .await?;
        create_unique_index(
            manager,
            "idx_posts_thread_seq",
            Posts::Table,
            [Posts::ThreadId, Posts::Seq],
        )
        .await?;
        create_index(
            manager,
            "idx_posts_review",
            Posts::Table,
            [Posts::NeighbourhoodId, Posts::NeedsReview, Posts::Id],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PostRevisions::Table)
                    .col(uuid(PostRevisions::Id).primary_key())
                    .col(uuid(PostRevisions::PostId))
                    .col(text(PostRevisions::BodySource))
                    .col(text(PostRevisions::BodyHtml))
                    // When this version was written (the post's creation or an earlier edit).
                    .col(timestamp_with_time_zone(PostRevisions::WrittenAt))
                    .col(timestamp_with_time_zone(PostRevisions::ReplacedAt))
                    .foreign_key(&mut cascade(PostRevisions::PostId, "posts"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_post_revisions_post",
            PostRevisions::Table,
            [PostRevisions::PostId, PostRevisions::Id],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PostReactions::Table)
                    .col(uuid(PostReactions::PostId))
                    .col(uuid(PostReactions::UserId))
                    .col(string(PostReactions::Reaction))
                    .col(timestamp_with_time_zone(PostReactions::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(PostReactions::PostId)
                            .col(PostReactions::UserId)
                            .col(PostReactions::Reaction),
                    )
                    .foreign_key(&mut cascade(PostReactions::PostId, "posts"))
                    .foreign_key(&mut cascade(PostReactions::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_post_reactions_user",
            PostReactions::Table,
            [PostReactions::UserId, PostReactions::PostId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PostFlags::Table)
                    .col(uuid(PostFlags::PostId))
                    .col(uuid(PostFlags::UserId))
                    .col(text(PostFlags::Reason))
                    .col(timestamp_with_time_zone(PostFlags::CreatedAt))
                    // Set when a coordinator decides on the post; decided flags no longer count.
                    .col(timestamp_with_time_zone_null(PostFlags::ResolvedAt))
                    .primary_key(
                        Index::create()
                            .col(PostFlags::PostId)
                            .col(PostFlags::UserId),
                    )
                    .foreign_key(&mut cascade(PostFlags::PostId, "posts"))
                    .foreign_key(&mut cascade(PostFlags::UserId, "users"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ThreadReads::Table)
                    .col(uuid(ThreadReads::ThreadId))
                    .col(uuid(ThreadReads::UserId))
                    .col(big_integer(ThreadReads::LastReadSeq))
                    .col(timestamp_with_time_zone(ThreadReads::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(ThreadReads::UserId)
                            .col(ThreadReads::ThreadId),
                    )
                    .foreign_key(&mut cascade(ThreadReads::ThreadId, "threads"))
                    .foreign_key(&mut cascade(ThreadReads::UserId, "users"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ModerationLog::Table)
                    .col(uuid(ModerationLog::Id).primary_key())
                    .col(uuid(ModerationLog::NeighbourhoodId))
                    // None for automatic decisions (a post hidden by enough flags).
                    .col(uuid_null(ModerationLog::ActorId))
                    .col(string(ModerationLog::Action))
                    .col(uuid_null(ModerationLog::ThreadId))
                    .col(uuid_null(ModerationLog::PostId))
                    .col(uuid_null(ModerationLog::UserId))
                    .col(text_null(ModerationLog::Reason))
                    .col(timestamp_with_time_zone(ModerationLog::CreatedAt))
                    .foreign_key(&mut cascade(
                        ModerationLog::NeighbourhoodId,
                        "neighbourhoods",
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_moderation_log_neighbourhood",
            ModerationLog::Table,
            [ModerationLog::NeighbourhoodId, ModerationLog::Id],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                ModerationLog::Table.into_iden(),
                ThreadReads::Table.into_iden(),
                PostFlags::Table.into_iden(),
                PostReactions::Table.into_iden(),
                PostRevisions::Table.into_iden(),
                Posts::Table.into_iden(),
                Threads::Table.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Threads {
    Table,
    Id,
    NeighbourhoodId,
    SubjectType,
    SubjectId,
    Title,
    AuthorId,
    PostSeq,
    PostCount,
    Locked,
    Pinned,
    LastActivityAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    ThreadId,
    NeighbourhoodId,
    Seq,
    AuthorId,
    ParentId,
    BodySource,
    BodyHtml,
    Status,
    FlagCount,
    NeedsReview,
    HiddenReason,
    HiddenBy,
    Reactions,
    EditedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PostRevisions {
    Table,
    Id,
    PostId,
    BodySource,
    BodyHtml,
    WrittenAt,
    ReplacedAt,
}

#[derive(DeriveIden)]
enum PostReactions {
    Table,
    PostId,
    UserId,
    Reaction,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PostFlags {
    Table,
    PostId,
    UserId,
    Reason,
    CreatedAt,
    ResolvedAt,
}

#[derive(DeriveIden)]
enum ThreadReads {
    Table,
    ThreadId,
    UserId,
    LastReadSeq,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ModerationLog {
    Table,
    Id,
    NeighbourhoodId,
    ActorId,
    Action,
    ThreadId,
    PostId,
    UserId,
    Reason,
    CreatedAt,
}
