//! Sections and lines of a document that set no tasks, however they read, and the titles of its attachments.

/// A notice's closing lines: its attachments (附件:…表), the person to call ((联系人:…,联系电话:…)), how it is
/// published ((此件公开发布)). No task, however long.
pub(super) fn closing_line(text: &str) -> bool {
    let t = text.trim_start_matches(['(', '（', ' ']);
    [
        "附件",
        "联系人",
        "联系电话",
        "联系方式",
        "此件",
        "特此通知",
        "此通知",
    ]
    .iter()
    .any(|w| t.starts_with(w))
}

/// Whether a section's paragraphs set no tasks in a plan without notes: it tells what was done or how things
/// stand (一、2024年工作回顾, 第一节 发展基础, 面临形势), how the plan is carried out (完善保障措施推进纲要实施),
/// how it came to be (出台背景), or what its words mean (名词解释).
pub(super) fn sets_no_tasks(title: &str) -> bool {
    [
        "回顾",
        "发展基础",
        "发展成就",
        "主要成就",
        "取得成效",
        "面临形势",
        "发展环境",
        "存在问题",
        "发展现状",
        "保障措施",
        "保障机制",
        "实施保障",
        "组织保障",
        "名词解释",
        // A policy reading's 出台背景, 起草过程: how the plan came to be.
        "背景",
        "起草过程",
        "编制过程",
        "制定过程",
    ]
    .iter()
    .any(|w| title.contains(w))
}

/// Whether a paragraph reads as a sentence (twelve characters or more, with a clause break), not a signature, a
/// date or a title.
pub(super) fn reads_as_sentence(body: &str) -> bool {
    body.chars().count() >= 12 && body.contains(['。', ',', '，', ';', '；'])
}

/// Whether `line` is the title of an attachment, right under its label (附件1 / 鄂尔多斯市2026年重点工作任务分工表):
/// the label alone on the line before, the title ending as titles do.
pub(super) fn attachment_title(before: Option<&str>, line: &str) -> bool {
    let label = |l: &str| {
        l.trim().strip_prefix("附件").is_some_and(|n| {
            n.trim()
                .chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        })
    };
    before.is_some_and(label)
        && line.chars().count() <= 60
        && !line.contains(['。', ',', '，'])
        && super::header::TITLE_END.is_match(line.trim())
}
