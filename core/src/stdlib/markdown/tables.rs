//! The tables extension's `TableProcessor` (Python-Markdown's
//! `extensions/tables.py`): pipe tables with alignment, pipes inside code
//! spans and escaped pipes kept in the cell.

use super::engine::Md;
use super::tree::NodeId;

/// Whether `row` ends with a border pipe (`(?<!\\)(?:\\\\)*\|$`): the
/// offset where that suffix starts.
fn end_border(row: &str) -> Option<usize> {
    let body = row.strip_suffix('|')?;
    let slashes = body.bytes().rev().take_while(|&b| b == b'\\').count();
    (slashes % 2 == 0).then_some(body.len() - slashes)
}

/// `TableProcessor._split`: the cells of a row, pipes inside code spans kept.
fn split_cells(row: &str) -> Vec<&str> {
    let bytes = row.as_bytes();
    let mut pipes = Vec::new();
    let mut tics: Vec<usize> = Vec::new();
    let mut tic_points: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let run = |from: usize| bytes[from..].iter().take_while(|&&b| b == b'`').count();
        match bytes[i] {
            b'\\' if bytes.get(i + 1) == Some(&b'\\') => i += 2,
            b'\\' if bytes.get(i + 1) == Some(&b'`') => {
                let n = 1 + run(i + 1);
                tics.push(n - 1);
                tic_points.push((i, i + n - 1, 1));
                i += n;
            }
            b'`' => {
                let n = run(i);
                tics.push(n);
                tic_points.push((i, i + n - 1, 0));
                i += n;
            }
            b'\\' if bytes.get(i + 1) == Some(&b'|') => i += 2,
            b'|' => {
                pipes.push(i);
                i += 1;
            }
            _ => i += 1,
        }
    }
    let mut regions = Vec::new();
    let mut pos = 0;
    while pos < tics.len() {
        let size = tics[pos] - tic_points[pos].2;
        let found = (size != 0)
            .then(|| tics[pos + 1..].iter().position(|&t| t == size))
            .flatten();
        if let Some(index) = found {
            let index = index + 1;
            regions.push((tic_points[pos].0, tic_points[pos + index].1));
            pos += index + 1;
        } else {
            pos += 1;
        }
    }
    let mut cells = Vec::new();
    let mut start = 0;
    for pipe in pipes {
        let inside = regions
            .iter()
            .take_while(|r| pipe >= r.0)
            .any(|r| pipe <= r.1);
        if !inside {
            cells.push(&row[start..pipe]);
            start = pipe + 1;
        }
    }
    cells.push(&row[start..]);
    cells
}

impl Md<'_> {
    /// `TableProcessor._split_row` with the table's border.
    fn split_row<'r>(&self, row: &'r str) -> Vec<&'r str> {
        let mut row = row;
        if self.table_border {
            row = row.strip_prefix('|').unwrap_or(row);
            if let Some(end) = end_border(row) {
                row = &row[..end];
            }
        }
        split_cells(row)
    }

    /// `TableProcessor.test`: records the border and separator row.
    pub(super) fn table_test(&mut self, block: &str) -> bool {
        if !block.contains('|') {
            return false;
        }
        let rows: Vec<&str> = block.split('\n').map(|r| r.trim_matches(' ')).collect();
        if rows.len() < 2 {
            return false;
        }
        let header = rows[0];
        self.table_border = header.starts_with('|') || end_border(header).is_some();
        let row0_len = self.split_row(header).len();
        let mut is_table = row0_len > 1;
        if !is_table && row0_len == 1 && self.table_border {
            for row in &rows[1..] {
                is_table = row.starts_with('|') || end_border(row).is_some();
                if !is_table {
                    break;
                }
            }
        }
        if is_table {
            let row = self.split_row(rows[1]);
            is_table = row.len() == row0_len
                && row
                    .iter()
                    .all(|c| c.bytes().all(|b| matches!(b, b'|' | b':' | b'-' | b' ')));
            if is_table {
                self.table_separator = row.into_iter().map(str::to_owned).collect();
            }
        }
        is_table
    }

    /// `TableProcessor.run`.
    pub(super) fn run_table(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let block = blocks.pop().unwrap_or_default();
        let lines: Vec<&str> = block.split('\n').collect();
        let align: Vec<Option<&'static str>> = self
            .table_separator
            .iter()
            .map(|c| {
                let c = c.trim_matches(' ');
                match (c.starts_with(':'), c.ends_with(':')) {
                    (true, true) => Some("center"),
                    (true, false) => Some("left"),
                    (false, true) => Some("right"),
                    (false, false) => None,
                }
            })
            .collect();
        let table = self.tree.sub(parent, "table");
        let thead = self.tree.sub(table, "thead");
        self.build_row(lines[0].trim_matches(' '), thead, "th", &align);
        let tbody = self.tree.sub(table, "tbody");
        if lines.len() < 3 {
            let tr = self.tree.sub(tbody, "tr");
            for _ in &align {
                self.tree.sub(tr, "td");
            }
        } else {
            for row in &lines[2..] {
                self.build_row(row.trim_matches(' '), tbody, "td", &align);
            }
        }
    }

    /// `TableProcessor._build_row`.
    fn build_row(&mut self, row: &str, parent: NodeId, tag: &'static str, align: &[Option<&str>]) {
        let tr = self.tree.sub(parent, "tr");
        let cells = self.split_row(row);
        for (i, a) in align.iter().enumerate() {
            let c = self.tree.sub(tr, tag);
            self.tree.node_mut(c).text =
                cells.get(i).map_or("", |t| t.trim_matches(' ')).to_owned();
            if let Some(a) = a {
                if self.opts.align_attribute {
                    self.tree.set(c, "align", (*a).to_owned());
                } else {
                    self.tree.set(c, "style", format!("text-align: {a};"));
                }
            }
        }
    }
}
