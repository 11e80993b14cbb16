//! Puts one channel's events back in order. The bus delivers at most once and in any order;
//! the sequencer releases events strictly as `last + 1, last + 2, ...`, drops duplicates, holds
//! early events, and says which range to fetch from the database when a gap does not close by
//! itself. Pure and synchronous so every case is unit-tested.

use std::collections::BTreeMap;

use super::event::Event;

/// Events held waiting for a gap, per channel. Past this, the oldest gap is repaired at once.
const MAX_HELD: usize = 10_000;

#[derive(Debug, Default)]
pub struct Sequencer {
    /// The last seq released; `None` until the channel's position is known.
    last: Option<i64>,
    held: BTreeMap<i64, Event>,
}

impl Sequencer {
    /// A sequencer that has released everything up to `last`.
    pub fn starting_at(last: i64) -> Self {
        Self {
            last: Some(last),
            held: BTreeMap::new(),
        }
    }

    pub fn last(&self) -> Option<i64> {
        self.last
    }

    /// Sets the starting position once known; held events at or before it are dropped (the
    /// subscriber reads those from the log). Returns the events now releasable.
    pub fn start(&mut self, last: i64) -> Vec<Event> {
        if self.last.is_none() {
            self.last = Some(last);
            self.held = self.held.split_off(&(last + 1));
        }
        self.release()
    }

    /// Offers an event from the bus or the database; returns those now releasable, in order.
    pub fn offer(&mut self, event: Event) -> Vec<Event> {
        if self.last.is_some_and(|last| event.seq <= last) {
            return Vec::new(); // already released: a duplicate
        }
        self.held.entry(event.seq).or_insert(event);
        self.release()
    }

    fn release(&mut self) -> Vec<Event> {
        let Some(mut last) = self.last else {
            return Vec::new();
        };
        let mut out = Vec::new();
        while let Some(event) = self.held.remove(&(last + 1)) {
            last = event.seq;
            out.push(event);
        }
        self.last = Some(last);
        out
    }

    /// The missing range `(from, to)` inclusive before the first held event, if any.
    pub fn gap(&self) -> Option<(i64, i64)> {
        let last = self.last?;
        let (&first_held, _) = self.held.iter().next()?;
        Some((last + 1, first_held - 1))
    }

    /// Whether so much is held that the gap should be repaired without waiting.
    pub fn overfull(&self) -> bool {
        self.held.len() >= MAX_HELD
    }

    /// Whether the log has events beyond what was released (a lost *last* event).
    pub fn behind(&self, latest_in_log: i64) -> Option<(i64, i64)> {
        let last = self.last?;
        (latest_in_log > last && self.held.is_empty()).then_some((last + 1, latest_in_log))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::event::Audience;

    fn ev(seq: i64) -> Event {
        Event {
            channel: "neighbourhood:x".into(),
            seq,
            kind: "test".into(),
            actor_id: None,
            subject: String::new(),
            data: serde_json::Value::Null,
            audience: Audience::Everyone,
            at: chrono::Utc::now(),
        }
    }

    fn seqs(events: Vec<Event>) -> Vec<i64> {
        events.into_iter().map(|e| e.seq).collect()
    }

    #[test]
    fn in_order_events_flow_straight_through() {
        let mut s = Sequencer::starting_at(0);
        assert_eq!(seqs(s.offer(ev(1))), [1]);
        assert_eq!(seqs(s.offer(ev(2))), [2]);
        assert_eq!(s.gap(), None);
    }

    #[test]
    fn duplicates_are_dropped() {
        let mut s = Sequencer::starting_at(0);
        s.offer(ev(1));
        assert!(s.offer(ev(1)).is_empty());
        s.offer(ev(3));
        assert!(s.offer(ev(3)).is_empty());
        assert_eq!(seqs(s.offer(ev(2))), [2, 3]);
    }

    #[test]
    fn early_events_wait_for_the_gap_and_report_it() {
        let mut s = Sequencer::starting_at(4);
        assert!(s.offer(ev(7)).is_empty());
        assert!(s.offer(ev(6)).is_empty());
        assert_eq!(s.gap(), Some((5, 5)));
        assert_eq!(seqs(s.offer(ev(5))), [5, 6, 7]);
        assert_eq!(s.gap(), None);
        assert_eq!(s.last(), Some(7));
    }

    #[test]
    fn events_before_the_start_are_dropped_once_the_start_is_known() {
        let mut s = Sequencer::default();
        assert!(s.offer(ev(3)).is_empty());
        assert!(s.offer(ev(5)).is_empty());
        assert_eq!(s.gap(), None, "no gap is known before the start");
        assert_eq!(seqs(s.start(3)), Vec::<i64>::new());
        assert_eq!(s.gap(), Some((4, 4)));
        assert_eq!(seqs(s.offer(ev(4))), [4, 5]);
    }

    #[test]
    fn a_lost_last_event_is_noticed_against_the_log() {
        let mut s = Sequencer::starting_at(2);
        assert_eq!(s.behind(2), None);
        assert_eq!(s.behind(5), Some((3, 5)));
        s.offer(ev(4));
        assert_eq!(
            s.behind(5),
            None,
            "a held event means the gap path repairs it"
        );
    }
}
