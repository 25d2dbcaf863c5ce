//! Whole-spec passes over the shape graph: breaking list/map cycles, bounding
//! list/map nesting, and boxing structure cycles.
//!
//! A spec can hold tens of thousands of schemas chained arbitrarily deep
//! (issue 10), so every pass is iterative (no recursion on spec depth) and
//! linear in the number of shapes and members.

use std::collections::BTreeMap;

use super::{err, LowerError, Lowering};
use crate::ir::{ShapeId, ShapeKind};
use crate::load::escape_pointer;

/// Most lists and maps a Rust type may nest (`Vec<Vec<…>>`). The deepest
/// real AWS spec nests 4 (sagemaker-geospatial `LinearRingsList`); far deeper
/// types would overflow the stack of the code printer and of rustc.
pub const MAX_NESTING: usize = 32;

/// The one shape a list or map holds.
fn inner(kind: &ShapeKind) -> Option<&ShapeId> {
    match kind {
        ShapeKind::List { item } => Some(item),
        ShapeKind::Map { value } => Some(value),
        _ => None,
    }
}

impl Lowering<'_> {
    /// The JSON pointer of a shape: its schema, or the inline schema it was
    /// synthesized from.
    pub(super) fn pointer_of(&self, id: &ShapeId) -> String {
        self.synthesized
            .get(id)
            .cloned()
            .unwrap_or_else(|| format!("/components/schemas/{}", escape_pointer(id.as_str())))
    }

    /// A list or map that contains itself with no structure in between
    /// (`A: {type: array, items: {$ref: A}}`) has no finite Rust type, and
    /// emitting one would recurse forever (found by `tests/mutation.rs`).
    /// Breaks each such cycle at its first named schema, which becomes a
    /// free-form document. Every cycle passes through a named schema: inline
    /// schemas can only nest, never refer back.
    ///
    /// Each list or map has exactly one inner shape, so the containers form a
    /// functional graph: one walk per chain finds every cycle in linear time.
    pub(super) fn break_container_cycles(&mut self) {
        #[derive(Clone, Copy, PartialEq)]
        enum State {
            OnPath(usize),
            Done,
        }
        let mut state: BTreeMap<&ShapeId, State> = BTreeMap::new();
        let mut to_break = Vec::new();
        for start in self.shapes.keys() {
            let mut path: Vec<&ShapeId> = Vec::new();
            let mut at = Some(start);
            while let Some(name) = at {
                match state.get(name) {
                    Some(State::Done) => break,
                    Some(State::OnPath(i)) => {
                        // `path[i..]` is a cycle: break it at its least schema name.
                        let first = path[*i..]
                            .iter()
                            .filter(|n| self.schema_exists(n.as_str()))
                            .min()
                            .copied();
                        to_break.extend(first.cloned());
                        break;
                    }
                    None => {}
                }
                let Some(next) = self.shapes.get(name).and_then(|s| inner(&s.kind)) else {
                    break;
                };
                state.insert(name, State::OnPath(path.len()));
                path.push(name);
                at = Some(next);
            }
            for name in path {
                state.insert(name, State::Done);
            }
        }
        for name in to_break {
            self.shapes.get_mut(&name).expect("a shape").kind = ShapeKind::Document;
            self.diag(
                &self.pointer_of(&name),
                "a list or map that contains itself with no object in between has no Rust type; treated as a JSON document",
            );
        }
    }

    /// Refuses a list/map chain nested deeper than [`MAX_NESTING`], naming
    /// the schema where the limit is crossed. Runs after
    /// [`Self::break_container_cycles`], so every chain ends.
    pub(super) fn check_nesting(&self) -> Result<(), LowerError> {
        // depth[n] = how many lists/maps the Rust type of `n` nests.
        let mut depth: BTreeMap<&ShapeId, usize> = BTreeMap::new();
        for start in self.shapes.keys() {
            let mut path = Vec::new();
            let mut at = start;
            let mut below = loop {
                if let Some(d) = depth.get(at) {
                    break *d;
                }
                match self.shapes.get(at).and_then(|s| inner(&s.kind)) {
                    // No chain is longer than the shapes unless a cycle
                    // survived; the bound keeps such a bug from looping.
                    Some(next) if path.len() <= self.shapes.len() => {
                        path.push(at);
                        at = next;
                    }
                    _ => break 0,
                }
            };
            depth.entry(at).or_insert(0);
            for name in path.into_iter().rev() {
                below += 1;
                depth.insert(name, below);
            }
        }
        // The outermost of the deepest chains (the least name among them).
        let Some((outer, levels)) = depth
            .iter()
            .filter(|(_, d)| **d > MAX_NESTING)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        else {
            return Ok(());
        };
        let mut at = *outer;
        for _ in 0..MAX_NESTING {
            at = inner(&self.shapes[at].kind).expect("depth counts containers");
        }
        Err(err(
            self.pointer_of(at),
            format!(
                "lists and maps nested deeper than {MAX_NESTING}: the type at {} nests {levels}; a Rust type that deep is not supported",
                self.pointer_of(outer)
            ),
        ))
    }

    /// Boxes members whose structure refers back to its owner without a
    /// list or map in between (Rust needs indirection for such cycles).
    ///
    /// A member `owner → target` closes such a cycle exactly when `target`
    /// reaches `owner`, i.e. when both lie in one strongly connected
    /// component of the structure graph: Tarjan's algorithm, iteratively.
    pub(super) fn box_cycles(&mut self) {
        let index: BTreeMap<&ShapeId, usize> = self
            .shapes
            .iter()
            .filter(|(_, s)| matches!(s.kind, ShapeKind::Structure(_)))
            .enumerate()
            .map(|(i, (n, _))| (n, i))
            .collect();
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); index.len()];
        for (name, &i) in &index {
            if let ShapeKind::Structure(s) = &self.shapes[*name].kind {
                edges[i] = s
                    .members
                    .iter()
                    .filter_map(|m| index.get(&m.target).copied())
                    .collect();
            }
        }
        let component = strongly_connected(&edges);
        let names: Vec<ShapeId> = index.keys().map(|n| (*n).clone()).collect();
        // `names` is sorted (a `BTreeMap`'s keys), so position = index.
        let index_of = |name: &ShapeId| names.binary_search(name).ok();
        let mut to_box = Vec::new();
        for (i, owner) in names.iter().enumerate() {
            if let ShapeKind::Structure(s) = &self.shapes[owner].kind {
                for (k, m) in s.members.iter().enumerate() {
                    if index_of(&m.target).is_some_and(|t| component[t] == component[i]) {
                        to_box.push((owner.clone(), k));
                    }
                }
            }
        }
        for (owner, k) in to_box {
            if let Some(ShapeKind::Structure(s)) = self.shapes.get_mut(&owner).map(|s| &mut s.kind)
            {
                s.members[k].boxed = true;
            }
        }
    }
}

/// Tarjan's strongly connected components without recursion: the component
/// id of each node of `edges` (adjacency lists).
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut order = vec![UNSEEN; n]; // discovery index
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut component = vec![UNSEEN; n];
    let mut stack = Vec::new();
    let mut next_order = 0;
    let mut next_component = 0;
    // (node, next edge to visit)
    let mut calls: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if order[root] != UNSEEN {
            continue;
        }
        calls.push((root, 0));
        while let Some(&(v, e)) = calls.last() {
            if e == 0 && order[v] == UNSEEN {
                order[v] = next_order;
                low[v] = next_order;
                next_order += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(e) {
                let top = calls.len() - 1;
                calls[top].1 += 1;
                if order[w] == UNSEEN {
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(order[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == order[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}
