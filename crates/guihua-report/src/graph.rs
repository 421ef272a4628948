//! The cooperation network of places (COOPERATES_WITH) and its SVG drawing,
//! laid out with a deterministic Fruchterman–Reingold force simulation.

use crate::highlight::esc;
use guihua_model::{DocResult, Predicate};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Nodes drawn at most; the rest are counted in the caption.
pub(crate) const MAX_NODES: usize = 60;

const W: f64 = 960.0;
const H: f64 = 640.0;
const MARGIN: f64 = 60.0;

/// Undirected weighted cooperation graph.
#[derive(Debug, Default)]
pub(crate) struct CoopGraph {
    /// Place norms.
    pub nodes: Vec<String>,
    /// (a, b, relations, documents) with a < b as node indices.
    pub edges: Vec<(usize, usize, u32, u32)>,
}

impl CoopGraph {
    pub fn from_docs(docs: &[DocResult]) -> CoopGraph {
        let mut pairs: BTreeMap<(String, String), (u32, BTreeSet<&str>)> = BTreeMap::new();
        for d in docs {
            for r in &d.relations {
                if r.predicate != Predicate::CooperatesWith {
                    continue;
                }
                let (a, b) = (r.head.norm.as_str(), r.tail.norm.as_str());
                if a == b || a.is_empty() || b.is_empty() {
                    continue;
                }
                let key = if a < b { (a, b) } else { (b, a) };
                let e = pairs
                    .entry((key.0.to_string(), key.1.to_string()))
                    .or_default();
                e.0 += 1;
                e.1.insert(d.doc.doc_id.as_str());
            }
        }
        let mut names: BTreeMap<String, usize> = BTreeMap::new();
        for (a, b) in pairs.keys() {
            names.entry(a.clone()).or_insert(0);
            names.entry(b.clone()).or_insert(0);
        }
        let nodes: Vec<String> = names.keys().cloned().collect();
        for (i, n) in nodes.iter().enumerate() {
            names.insert(n.clone(), i);
        }
        let edges = pairs
            .into_iter()
            .map(|((a, b), (n, ds))| (names[&a], names[&b], n, ds.len() as u32))
            .collect();
        CoopGraph { nodes, edges }
    }

    /// Weighted degree (relations) of each node.
    pub fn strength(&self) -> Vec<u32> {
        let mut s = vec![0u32; self.nodes.len()];
        for &(a, b, w, _) in &self.edges {
            s[a] += w;
            s[b] += w;
        }
        s
    }

    /// The subgraph of the `max` strongest nodes (ties by name).
    pub fn top(&self, max: usize) -> CoopGraph {
        if self.nodes.len() <= max {
            return CoopGraph {
                nodes: self.nodes.clone(),
                edges: self.edges.clone(),
            };
        }
        let s = self.strength();
        let mut idx: Vec<usize> = (0..self.nodes.len()).collect();
        idx.sort_by(|&a, &b| s[b].cmp(&s[a]).then(self.nodes[a].cmp(&self.nodes[b])));
        idx.truncate(max);
        idx.sort_unstable();
        let mut map = vec![usize::MAX; self.nodes.len()];
        for (new, &old) in idx.iter().enumerate() {
            map[old] = new;
        }
        CoopGraph {
            nodes: idx.iter().map(|&i| self.nodes[i].clone()).collect(),
            edges: self
                .edges
                .iter()
                .filter(|e| map[e.0] != usize::MAX && map[e.1] != usize::MAX)
                .map(|&(a, b, w, d)| (map[a], map[b], w, d))
                .collect(),
        }
    }
}

/// Connected components, largest first (ties: lowest node index first).
fn components(g: &CoopGraph) -> Vec<Vec<usize>> {
    let n = g.nodes.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for &(a, b, _, _) in &g.edges {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = find(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    let mut comps: Vec<Vec<usize>> = by_root.into_values().collect();
    comps.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    comps
}

/// Fruchterman–Reingold positions of the nodes `comp` (one connected
/// component), with the smallest x and y at 0 and the largest at 1.
fn force_layout(g: &CoopGraph, comp: &[usize]) -> Vec<(f64, f64)> {
    let n = comp.len();
    match n {
        0 => return Vec::new(),
        1 => return vec![(0.0, 0.0)],
        2 => return vec![(0.0, 0.0), (0.0, 1.0)],
        _ => {}
    }
    let local: HashMap<usize, usize> = comp.iter().enumerate().map(|(i, &v)| (v, i)).collect();
    let edges: Vec<(usize, usize, u32)> = g
        .edges
        .iter()
        .filter_map(|&(a, b, w, _)| Some((*local.get(&a)?, *local.get(&b)?, w)))
        .collect();
    // Start on a circle, strongest first, so the result is deterministic.
    let mut s = vec![0u32; n];
    for &(a, b, w) in &edges {
        s[a] += w;
        s[b] += w;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| s[b].cmp(&s[a]).then(a.cmp(&b)));
    let mut pos = vec![(0.0f64, 0.0f64); n];
    for (k, &i) in order.iter().enumerate() {
        let a = k as f64 / n as f64 * std::f64::consts::TAU;
        pos[i] = (a.cos(), a.sin());
    }
    let k = (4.0 / n as f64).sqrt();
    let iters = 400;
    let mut t = 0.2;
    let cool = t / iters as f64;
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for _ in 0..iters {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in (i + 1)..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(1e-6);
                let f = k * k / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(a, b, w) in &edges {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let f = d / k * (1.0 + (w as f64).ln() * 0.5);
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        for i in 0..n {
            // A little gravity keeps loosely tied nodes from drifting off.
            disp[i].0 -= pos[i].0 * k * 0.2;
            disp[i].1 -= pos[i].1 * k * 0.2;
            let l = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt();
            if l > 0.0 {
                let m = l.min(t) / l;
                pos[i].0 += disp[i].0 * m;
                pos[i].1 += disp[i].1 * m;
            }
        }
        t -= cool;
    }
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in &pos {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    let (sx, sy) = ((x1 - x0).max(1e-9), (y1 - y0).max(1e-9));
    pos.iter()
        .map(|&(x, y)| ((x - x0) / sx, (y - y0) / sy))
        .collect()
}

/// Positions in `[MARGIN, W-MARGIN] × [MARGIN, H-MARGIN]`: the largest
/// connected component fills the left of the canvas, the other components
/// are packed in a grid on the right, each laid out on its own.
pub(crate) fn layout(g: &CoopGraph) -> Vec<(f64, f64)> {
    let comps = components(g);
    let mut pos = vec![(W / 2.0, H / 2.0); g.nodes.len()];
    let Some(main) = comps.first() else {
        return pos;
    };
    let rest = &comps[1..];
    // (x, y, w, h) boxes the nodes are placed in (labels go right of nodes).
    let place = |pos: &mut Vec<(f64, f64)>, comp: &[usize], bx: (f64, f64, f64, f64)| {
        // Scale uniformly (keeping the shape) and centre in the box.
        // Small components get narrow boxes: stand them upright.
        let mut unit = force_layout(g, comp);
        let (mut x1, mut y1) = (0.0f64, 0.0f64);
        for &(x, y) in &unit {
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        if bx.2 < bx.3 && x1 > y1 {
            unit.iter_mut().for_each(|p| *p = (p.1, p.0));
            std::mem::swap(&mut x1, &mut y1);
        }
        let scale = match (x1 > 1e-9, y1 > 1e-9) {
            (true, true) => (bx.2 / x1).min(bx.3 / y1),
            (true, false) => bx.2 / x1,
            (false, true) => bx.3 / y1,
            (false, false) => 0.0,
        };
        let (ox, oy) = (
            bx.0 + (bx.2 - x1 * scale) / 2.0,
            bx.1 + (bx.3 - y1 * scale) / 2.0,
        );
        for (&v, &(ux, uy)) in comp.iter().zip(&unit) {
            pos[v] = (ox + ux * scale, oy + uy * scale);
        }
    };
    let inner_w = W - 2.0 * MARGIN;
    let inner_h = H - 2.0 * MARGIN;
    if rest.is_empty() {
        place(&mut pos, main, (MARGIN, MARGIN, inner_w - 40.0, inner_h));
        return pos;
    }
    let main_w = if main.len() * 3 >= g.nodes.len() {
        0.62
    } else {
        0.45
    } * W;
    place(
        &mut pos,
        main,
        (MARGIN, MARGIN, main_w - 2.0 * MARGIN, inner_h),
    );
    let cols = if rest.len() > 10 { 3 } else { 2 };
    let rows = rest.len().div_ceil(cols);
    let (gx, gy) = (main_w, MARGIN / 2.0);
    let cell_w = (W - gx - MARGIN / 2.0) / cols as f64;
    let cell_h = (H - 2.0 * gy) / rows as f64;
    for (k, comp) in rest.iter().enumerate() {
        let (c, r) = (k % cols, k / cols);
        let pad_x = (cell_w * 0.1).min(20.0);
        let pad_y = (cell_h * 0.2).min(30.0);
        place(
            &mut pos,
            comp,
            (
                gx + c as f64 * cell_w + pad_x,
                gy + r as f64 * cell_h + pad_y,
                (cell_w - 2.0 * pad_x - 50.0).max(10.0),
                (cell_h - 2.0 * pad_y).max(4.0),
            ),
        );
    }
    pos
}

/// The `<svg id="coop-graph">` drawing of the (top of the) graph.
pub(crate) fn svg(full: &CoopGraph) -> String {
    let g = full.top(MAX_NODES);
    let pos = layout(&g);
    let s = g.strength();
    let max_w = g.edges.iter().map(|e| e.2).max().unwrap_or(1) as f64;
    let mut o = String::new();
    let _ = write!(
        o,
        r#"<svg id="coop-graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" aria-label="cooperation network of places" data-nodes="{}" data-edges="{}">"#,
        g.nodes.len(),
        g.edges.len()
    );
    if g.nodes.is_empty() {
        let _ = write!(
            o,
            r#"<text x="{}" y="{}" text-anchor="middle" class="empty">no COOPERATES_WITH relations in this run</text>"#,
            W / 2.0,
            H / 2.0
        );
    }
    o.push_str(r#"<g class="edges">"#);
    for &(a, b, w, d) in &g.edges {
        let width = 1.0 + 5.0 * (w as f64 / max_w);
        let _ = write!(
            o,
            r#"<line class="edge" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke-width="{width:.1}"><title>{} — {}: {w} relation(s) in {d} document(s)</title></line>"#,
            pos[a].0,
            pos[a].1,
            pos[b].0,
            pos[b].1,
            esc(&g.nodes[a]),
            esc(&g.nodes[b]),
        );
    }
    o.push_str("</g><g class=\"nodes\">");
    for (i, name) in g.nodes.iter().enumerate() {
        let r = 4.0 + 2.0 * (s[i] as f64).sqrt();
        let (x, y) = pos[i];
        let _ = write!(
            o,
            r#"<g class="node" data-norm="{n}"><circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}"><title>{n}: {} cooperation relation(s)</title></circle><text x="{:.1}" y="{:.1}">{n}</text></g>"#,
            s[i],
            x + r + 2.0,
            y + 4.0,
            n = esc(name),
        );
    }
    o.push_str("</g></svg>");
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use guihua_model::{DocRecord, EntityType, RelEnd, Relation};

    fn coop(a: &str, b: &str) -> Relation {
        let end = |n: &str| RelEnd {
            mention: None,
            norm: n.into(),
            etype: EntityType::Place,
            is_doc: false,
        };
        Relation {
            predicate: Predicate::CooperatesWith,
            head: end(a),
            tail: end(b),
            evidence_start: 0,
            evidence_end: 0,
            rule: "t".into(),
            confidence: 1.0,
        }
    }

    #[test]
    fn pairs_are_undirected_and_layout_stays_on_canvas() {
        let doc = DocResult {
            doc: DocRecord {
                doc_id: "a".into(),
                ..Default::default()
            },
            mentions: vec![],
            relations: vec![
                coop("嘉兴市", "上海市"),
                coop("上海市", "嘉兴市"),
                coop("湖州市", "上海市"),
            ],
        };
        let g = CoopGraph::from_docs(&[doc]);
        assert_eq!(g.nodes.len(), 3);
        assert_eq!(g.edges.len(), 2);
        assert!(g.edges.iter().any(|e| e.2 == 2));
        for (x, y) in layout(&g) {
            assert!((MARGIN - 0.01..=W - MARGIN + 0.01).contains(&x));
            assert!((MARGIN - 0.01..=H - MARGIN + 0.01).contains(&y));
        }
        let s = svg(&g);
        assert_eq!(s.matches("<line class=\"edge\"").count(), 2);
        assert!(s.starts_with("<svg id=\"coop-graph\""));
    }
}
