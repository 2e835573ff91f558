//! Places and groups given a role in running text by their name alone, as a list of who leads and who helps writes them:
//! 旗文旅体育局牵头，美岱召镇、旗财政局配合; 九原区、青山区负责. The place's government is meant (the list parser
//! makes 美岱召镇 美岱召镇人民政府, as it does in a note). Only a full name (美岱召镇, 九原区, not 包头 or 九原) at a
//! clause's start, in a list that runs on to one of the role verbs; 要 is not one (呼和浩特要发挥首府作用 is no
//! assignment).

use super::lexicon::{Key, LEXICON, Rank};

/// Role verbs that end a list of those given a task.
const ROLE_VERBS: [&str; 5] = ["牵头", "配合", "负责", "协助", "会同"];

/// Joins between the members of a list.
const JOINS: [&str; 4] = ["、", "和", "及", "与"];

/// Whether `rest` (the text right after a member of a list) runs on through more members to a role verb: each
/// member short, without punctuation or a verb of its own.
fn list_reaches_role(rest: &str) -> bool {
    let mut r = rest;
    for _ in 0..12 {
        if ROLE_VERBS.iter().any(|v| r.starts_with(v)) {
            return true;
        }
        let Some(after) = JOINS.iter().find_map(|j| r.strip_prefix(j)) else {
            return false;
        };
        // The next member runs to the next join or role verb, within a few characters.
        let end = after
            .char_indices()
            .take(16)
            .find(|(i, _)| {
                let t = &after[*i..];
                *i > 0
                    && (JOINS.iter().any(|j| t.starts_with(j))
                        || ROLE_VERBS.iter().any(|v| t.starts_with(v)))
            })
            .map(|(i, _)| i);
        let Some(end) = end else { return false };
        let member = &after[..end];
        if member.chars().any(|c| !super::text::is_han(c))
            || super::running::VERBS.iter().any(|v| member.contains(v))
        {
            return false;
        }
        r = &after[end..];
    }
    false
}

/// Spans of places (by full name, league or city level and below) given a role at a clause's start.
pub(super) fn places_given_roles(
    text: &str,
    starts_clean: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let lex = &*LEXICON;
    if !ROLE_VERBS.iter().any(|v| text.contains(v)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for h in lex.gaz.find_iter(text) {
        let Key::Place { idx, short: false } = lex.gaz_keys[h.pattern()] else {
            continue;
        };
        if lex.places[idx].rank < Rank::Prefecture || lex.places[idx].rank > Rank::Town {
            continue;
        }
        let before = &text[..h.start()];
        let clause_start =
            before.is_empty() || before.ends_with(['，', ',', '；', ';', '。', '、', '：', ':']);
        if (clause_start || starts_clean(super::text::suffix(before, 12)))
            && list_reaches_role(&text[h.end()..])
        {
            out.push((h.start(), h.end()));
        }
    }
    out
}

/// A group of units at a clause's start (各旗县区政府, 市直各有关部门, 各成员单位, 相关旗县市区政府).
static GROUP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:^|[,，。;；:：由、])((?:(?:市|旗|区|县|盟)直)?(?:各(?:有关|相关)?|有关|相关)(?:(?:旗县市区|旗县区|县市区|旗区|县区|盟市|苏木乡镇|苏木镇|乡镇|街道|旗县|区|旗|县|镇|乡|苏木)(?:、[旗县区市])*(?:\([旗县区市](?:、[旗县区市])*\))?)?(?:人民政府|政府|行政公署|部门|单位|成员单位))")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// A group to take up its duty for the work (要压实属地责任, 要切实履行主体责任).
static DUTY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^要(?:切实|全面|进一步)?(?:压实|落实|履行|承担|扛起|担负|负起)[^，,。；;]{0,6}责任",
    )
    .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Spans of groups given a role by the verb after them or after the list they are in (各旗县区政府负责具体实施,
/// 市发改委、各旗县区政府配合, 各旗县区政府、市直各有关部门配合): the group's members share the task, as a note naming
/// the group says.
pub(super) fn groups_given_roles(text: &str) -> Vec<(usize, usize)> {
    if !text.contains('各') && !text.contains("有关") && !text.contains("相关") {
        return Vec::new();
    }
    GROUP
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .filter(|m| {
            let after = &text[m.end()..];
            (["负责", "牵头", "配合", "协助", "按职责"]
                .iter()
                .any(|v| after.starts_with(v))
                // 各旗县区政府、市直各部门配合: a list that runs on to the verb.
                || list_reaches_role(after)
                // 各旗区政府要压实属地责任; 各镇人民政府要落实属地责任，配合做好… (not 要高度重视, what every
                // plan asks of every part)
                || DUTY.is_match(after)
                || after.starts_with('要') && super::prose_roles::helps_in_sentence(after))
                && !after.starts_with("负责人")
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<&str> {
        let clean = |b: &str| b.is_empty() || b.ends_with('由');
        places_given_roles(t, clean)
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect()
    }

    #[test]
    fn places_in_a_list_of_roles() {
        assert_eq!(
            names("旗文旅体育局牵头，美岱召镇、旗财政局配合。"),
            ["美岱召镇"]
        );
        assert_eq!(names("由九原区、青山区负责。"), ["九原区", "青山区"]);
        assert_eq!(names("达拉特旗牵头，市发展改革委配合"), ["达拉特旗"]);
    }

    #[test]
    fn groups_given_roles_by_a_verb() {
        let groups = |t: &str| -> Vec<String> {
            groups_given_roles(t)
                .into_iter()
                .map(|(s, e)| t[s..e].to_string())
                .collect()
        };
        assert_eq!(
            groups("由市住建局牵头，各旗县区政府负责具体实施，市直各有关部门配合。"),
            ["各旗县区政府", "市直各有关部门"]
        );
        assert_eq!(groups("市发改委、各旗县区政府配合"), ["各旗县区政府"]);
        assert_eq!(
            groups("市能源局负责统筹调度，相关旗县市区政府负责项目落地。"),
            ["相关旗县市区政府"]
        );
        assert_eq!(groups("由有关部门按职责分工负责"), ["有关部门"]);
        assert_eq!(
            groups("县水利局牵头；各镇人民政府要落实属地责任，配合做好管护工作。"),
            ["各镇人民政府"]
        );
        // Levels listed or bracketed after the first.
        assert_eq!(
            groups("市自然资源局牵头，有关旗县、区人民政府配合。"),
            ["有关旗县、区人民政府"]
        );
        assert_eq!(
            groups("市住建局牵头，各旗县(市、区)人民政府负责落实。"),
            ["各旗县(市、区)人民政府"]
        );
        assert_eq!(
            groups("市住建局牵头，各旗县区政府、市直各有关部门配合"),
            ["各旗县区政府", "市直各有关部门"]
        );
        // Named, not given a role.
        assert!(groups("各旗县区政府要高度重视，各部门要加强协作。").is_empty());
        assert_eq!(
            groups("各旗区政府要压实属地责任，加快项目建设进度。"),
            ["各旗区政府"]
        );
        assert!(groups("支持各旗县区政府开展试点。").is_empty());
    }

    #[test]
    fn places_in_a_task_or_by_short_name_are_not_units() {
        // Where the work is done, not who does it.
        assert!(names("推进沟门镇、将军尧镇现代农牧业示范园区建设，市农牧局负责").is_empty());
        assert!(names("在美岱召镇建设文化旅游区，旗文旅局牵头").is_empty());
        // A short name; 要, 参与: no assignment.
        assert!(names("包头要发挥牵头作用").is_empty());
        assert!(names("呼和浩特市要发挥首府作用，包头市参与").is_empty());
        assert_eq!(
            names("呼和浩特市牵头，包头市配合"),
            ["呼和浩特市", "包头市"]
        );
    }
}
