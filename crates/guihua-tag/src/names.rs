//! Small facts about names that recognisers and their users share.

/// Norm of a non-place surface: quotes and white space removed
/// (“美丽家园”工程 → 美丽家园工程).
pub fn surface_norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '‘' | '’'))
        .collect()
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

/// Whether byte `b` of `text` lies inside a 《document title》: the title is
/// not an entity, and neither is a name cut out of it.
pub fn inside_title(text: &str, b: usize) -> bool {
    let before = &text[..b];
    match (before.rfind('《'), before.rfind('》')) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
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
        assert!(
            inside_title(t, t.find("规划").unwrap()) && !inside_title(t, t.find("建设").unwrap())
        );
    }
}
