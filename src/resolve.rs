//! Settling candidates into findings: policy thresholds, allow-list, overlaps.
//!
//! Overlapping candidates are merged privacy-first: the union of their ranges is masked,
//! and the merged finding takes the kind and detector of the best-scored one (ties go to
//! the kind listed first in [`EntityKind::ALL`](crate::EntityKind::ALL), so the result never depends on the order
//! detectors ran in).

use crate::detect::Candidate;
use crate::policy::KindTable;

/// Filters `cands` by the policy and `allowed`, then merges overlaps; leaves them sorted.
pub(crate) fn resolve(
    cands: &mut Vec<Candidate>,
    kinds: &KindTable,
    allowed: impl Fn(&Candidate) -> bool,
) {
    cands.retain(|c| {
        let kp = &kinds[c.kind.index()];
        kp.enabled && c.score >= kp.min_score && !allowed(c)
    });
    cands.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(b.range.end.cmp(&a.range.end))
            .then(b.score.total_cmp(&a.score))
            .then(a.kind.cmp(&b.kind))
    });
    // Merge in place: `kept` findings so far live in cands[..kept].
    let mut kept = 0;
    for r in 0..cands.len() {
        if kept > 0 && cands[r].range.start < cands[kept - 1].range.end {
            let c = cands[r].canon.take();
            let (head, tail) = cands.split_at_mut(r);
            let (last, next) = (&mut head[kept - 1], &tail[0]);
            let widened = next.range.end > last.range.end;
            let better =
                next.score > last.score || (next.score == last.score && next.kind < last.kind);
            if widened {
                last.range.end = next.range.end;
            }
            if better {
                last.kind = next.kind;
                last.score = next.score;
                last.detector = next.detector;
            }
            // The canonical value only holds for the exact range it was read from.
            if widened || better {
                last.canon = if last.range == next.range { c } else { None };
            }
        } else {
            cands.swap(kept, r);
            kept += 1;
        }
    }
    cands.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::EntityKind;

    fn cand(range: std::ops::Range<usize>, kind: EntityKind, score: f32) -> Candidate {
        Candidate {
            range,
            kind,
            score,
            detector: "test",
            canon: Some("x".into()),
        }
    }

    #[test]
    fn merges_overlaps_privacy_first() {
        use EntityKind::*;
        let kinds = crate::policy::Policy::default().table();
        type Case = (Vec<Candidate>, Vec<(std::ops::Range<usize>, EntityKind)>);
        let cases: &[Case] = &[
            // Union of the ranges, kind of the best score.
            (
                vec![cand(0..10, Phone, 0.6), cand(5..20, IdNumber, 0.9)],
                vec![(0..20, IdNumber)],
            ),
            // Touching ranges stay apart.
            (
                vec![cand(0..5, Phone, 0.9), cand(5..9, Date, 0.9)],
                vec![(0..5, Phone), (5..9, Date)],
            ),
            // Equal scores: the kind listed first wins, whatever the input order.
            (
                vec![cand(0..5, Date, 0.8), cand(0..5, Phone, 0.8)],
                vec![(0..5, Phone)],
            ),
            // Below the kind's minimum score: dropped before merging.
            (
                vec![cand(0..5, Date, 0.5), cand(3..9, Phone, 0.9)],
                vec![(3..9, Phone)],
            ),
        ];
        for (input, want) in cases {
            let mut found = input.clone();
            resolve(&mut found, &kinds, |_| false);
            let got: Vec<_> = found.into_iter().map(|c| (c.range, c.kind)).collect();
            assert_eq!(&got, want);
        }
    }
}
