//! Writes that depend on a role or a membership hold when the role ends at the same moment:
//! claims racing a leave, a removal or a suspension (run on PostgreSQL with the `--postgres`
//! suite, where they really run in parallel; SQLite has one writer and must hold too).

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;
use uuid::Uuid;

use crate::{
    helpers::{id_of, TestApp, TestUser},
    issues::{world, World},
};

const TASKS: usize = 4;
const SLOTS: i32 = 3;
/// Each kind of ending (leave, removal, suspension) this many times.
const ROUNDS_PER_ENDING: usize = 4;

#[derive(Clone, Copy, Debug)]
enum Ending {
    Leave,
    Removal,
    Suspension,
}

impl Ending {
    async fn apply(self, app: &TestApp, w: &World, who: &TestUser) -> u16 {
        let member = format!("/api/v1/neighbourhoods/{}/members/{}", w.id, who.id);
        let answer = match self {
            Ending::Leave => {
                let path = format!("/api/v1/neighbourhoods/{}/leave", w.id);
                app.post_empty(&path, Some(&who.token)).await
            }
            Ending::Removal => app.delete(&member, Some(&w.ana.token)).await,
            Ending::Suspension => {
                let until = chrono::Utc::now() + chrono::Duration::days(2);
                let body = json!({"until": until, "reason": "Cooling off"});
                app.post(&format!("{member}/suspend"), Some(&w.ana.token), body)
                    .await
            }
        };
        answer.status.as_u16()
    }

    /// Makes the person a member in good standing again.
    async fn undo(self, app: &TestApp, w: &World, who: &TestUser) {
        match self {
            Ending::Leave | Ending::Removal => {
                app.join(who, &w.id).await;
            }
            Ending::Suspension => {
                let path = format!(
                    "/api/v1/neighbourhoods/{}/members/{}/reinstate",
                    w.id, who.id
                );
                app.post_empty(&path, Some(&w.ana.token)).await.expect(200);
            }
        }
    }
}

#[tokio::test]
async fn claims_racing_a_leave_removal_or_suspension_never_outlive_the_membership() {
    let app = crate::helpers::spawn_app().await;
    let w = world(&app).await;
    let mut extras = Vec::new();
    for name in ["Dee", "Eli", "Fay"] {
        let extra = app.new_user(name).await;
        app.join(&extra, &w.id).await;
        extras.push(extra);
    }
    let people: Vec<&TestUser> = [&w.ben, &w.cat].into_iter().chain(&extras).collect();
    let mut tasks = Vec::new();
    for k in 0..TASKS {
        let task = app
            .post(
                &format!("/api/v1/neighbourhoods/{}/tasks", w.id),
                Some(&w.ana.token),
                json!({"title": format!("Shift {k}"), "slots": SLOTS}),
            )
            .await
            .expect(201);
        tasks.push(id_of(&task));
    }
    let endings = [Ending::Leave, Ending::Removal, Ending::Suspension];
    for round in 0..ROUNDS_PER_ENDING * endings.len() {
        let ending = endings[round % endings.len()];
        let victim = people[round % people.len()];
        // Everyone claims every task at once while the victim's membership ends.
        let app = &app;
        let claims = people.iter().copied().flat_map(|p| {
            tasks.iter().map(move |t| async move {
                let path = format!("/api/v1/tasks/{t}/claim");
                app.post_empty(&path, Some(&p.token)).await.status.as_u16()
            })
        });
        let (statuses, ended) = tokio::join!(
            futures_util::future::join_all(claims),
            ending.apply(app, &w, victim)
        );
        assert!(
            [200, 204].contains(&ended),
            "round {round}: {ending:?} answered {ended}"
        );
        for status in &statuses {
            assert!(
                [201, 403, 404, 409].contains(status),
                "round {round}: a claim answered {status}"
            );
        }

        assert_claims_follow_memberships(app, &w, &tasks, round).await;

        // Next round from a clean slate: the victim back in, every claim given back.
        ending.undo(app, &w, victim).await;
        for p in people.iter().copied() {
            for t in &tasks {
                let path = format!("/api/v1/tasks/{t}/release");
                let released = app.post_empty(&path, Some(&p.token)).await.status;
                assert!([200, 409].contains(&released.as_u16()));
            }
        }
    }
}

/// The promises, read from the database: nobody outside the neighbourhood holds a claim in it;
/// no claim was taken (in the log's order) while its person was out of good standing; every
/// task's slot count is the number of claims holding a slot.
async fn assert_claims_follow_memberships(
    app: &TestApp,
    w: &World,
    tasks: &[String],
    round: usize,
) {
    let neighbourhood: Uuid = w.id.parse().unwrap();
    let members: Vec<entity::ids::UserId> = entity::membership::Entity::find()
        .filter(entity::membership::Column::NeighbourhoodId.eq(neighbourhood))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let claims = entity::task_claim::Entity::find()
        .filter(entity::task_claim::Column::NeighbourhoodId.eq(neighbourhood))
        .all(&app.db)
        .await
        .unwrap();
    for claim in &claims {
        if matches!(claim.status.as_str(), "active" | "checked_in") {
            assert!(
                members.contains(&claim.user_id),
                "round {round}: a non-member holds an open claim: {claim:?}"
            );
        }
    }
    for task in tasks {
        let id: entity::ids::TaskId = task.parse().unwrap();
        let row = entity::task::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let holding = claims
            .iter()
            .filter(|c| c.task_id == id && !matches!(c.status.as_str(), "released" | "expired"))
            .count();
        assert_eq!(
            row.claimed_slots as usize, holding,
            "round {round}: the slot count of task {id} is off"
        );
        assert!(row.claimed_slots <= row.slots, "round {round}: over-booked");
    }
    let log = entity::event::Entity::find()
        .filter(entity::event::Column::Channel.eq(format!("neighbourhood:{}", w.id)))
        .order_by_asc(entity::event::Column::Seq)
        .all(&app.db)
        .await
        .unwrap();
    let mut in_good_standing: HashMap<String, bool> = HashMap::new();
    for event in &log {
        match event.kind.as_str() {
            "member.left" | "member.removed" | "member.suspended" => {
                in_good_standing.insert(event.subject.clone(), false);
            }
            "member.joined" | "member.approved" | "member.reinstated" => {
                in_good_standing.insert(event.subject.clone(), true);
            }
            "task.claimed" => assert!(
                in_good_standing
                    .get(&event.subject)
                    .copied()
                    .unwrap_or(true),
                "round {round}: {} claimed (seq {}) after their membership ended",
                event.subject,
                event.seq
            ),
            _ => {}
        }
    }
}
