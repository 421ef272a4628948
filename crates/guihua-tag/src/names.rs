//! Small facts about names that recognisers and their users share.

/// Norm of a non-place surface: quotes and white space removed
/// (“美丽家园”工程 → 美丽家园工程), and the angle brackets that markup
/// leaves inside names (长三角湖州>产业合作区管委会: never part of a name).
pub fn surface_norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '‘' | '’' | '<' | '>'))
        .collect()
}

/// The bodies (between “ and ”) of the quotations of `text`, in order: each
/// “ pairs with the next ”; scanning stops at a “ that never closes.
pub(crate) fn quotations(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let body_start = pos + text[pos..].find('“')? + '“'.len_utf8();
        let close = body_start + text[body_start..].find('”')?;
        pos = close + '”'.len_utf8();
        Some(body_start..close)
    })
}

/// Whether every opening quote of `s` closes inside it, in order.
pub fn balanced_quotes(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// The 《document titles》 of a text, found once: a title is not an entity,
/// and neither is a name cut out of it.
///
/// ```
/// use guihua_tag::names::TitleMarks;
/// let t = "落实《长三角规划》建设";
/// let titles = TitleMarks::new(t);
/// assert!(titles.inside(t.find("规划").unwrap()));
/// assert!(!titles.inside(t.find("建设").unwrap()));
/// ```
#[derive(Debug, Clone, Default)]
pub struct TitleMarks {
    /// Byte offsets of 《 (true) and 》 (false), in text order.
    marks: Vec<(usize, bool)>,
}

impl TitleMarks {
    pub fn new(text: &str) -> TitleMarks {
        TitleMarks {
            marks: text
                .match_indices(['《', '》'])
                .map(|(i, s)| (i, s == "《"))
                .collect(),
        }
    }

    /// Whether byte `b` lies inside a title: the last mark before it is 《.
    pub fn inside(&self, b: usize) -> bool {
        let k = self.marks.partition_point(|&(i, _)| i < b);
        k > 0 && self.marks[k - 1].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(surface_norm("“美丽家园” 工程"), "美丽家园工程");
        assert!(balanced_quotes("“千村”工程") && !balanced_quotes("景区”“高铁"));
        let t = "落实《长三角规划》建设";
        let titles = TitleMarks::new(t);
        assert!(titles.inside(t.find("规划").unwrap()) && !titles.inside(t.find("建设").unwrap()));
    }
}
