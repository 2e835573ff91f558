//! Scenic and leisure places named by a name no lexicon holds (阿斯哈图石阵景区, 热水塘温泉康养度假区, 乌兰布统影视
//! 小镇): what is left of the stem once the kinds of place and leisure are taken off is a name.

use super::project_names::GRADE;

/// Heads of scenic and leisure places.
const SCENIC_HEADS: [&str; 5] = ["景区", "度假区", "旅游区", "小镇", "街区"];

/// Kinds and qualities of scenic place (温泉康养度假区, 历史文化街区, 特色小镇, 周边景区): no name.
const KINDS: [&str; 80] = [
    "旅游",
    "温泉",
    "康养",
    "影视",
    "文化",
    "历史",
    "生态",
    "休闲",
    "冰雪",
    "乡村",
    "田园",
    "红色",
    "民俗",
    "草原",
    "沙漠",
    "主题",
    "体育",
    "运动",
    "露营",
    "研学",
    "工业",
    "矿山",
    "地质",
    "森林",
    "湿地",
    "特色",
    "精品",
    "风情",
    "度假",
    "避暑",
    "滑雪",
    "自驾",
    "观光",
    "农业",
    "城市",
    "城区",
    "老城",
    "旧城",
    "小",
    "商业",
    "步行",
    "美食",
    "文旅",
    "健康",
    "养生",
    "网红",
    "夜间",
    "国家级",
    "自治区级",
    "省级",
    "市级",
    "旗级",
    "县级",
    "周边",
    "沿线",
    "沿黄",
    "沿河",
    "核心",
    "优质",
    "品质",
    "知名",
    "热门",
    "主要",
    "现有",
    "高",
    "新",
    "综合",
    "风景",
    "风",
    "游览",
    "游客",
    "水上",
    "山地",
    "民族",
    "蒙古族",
    "草原文化",
    "全域",
    "一日游",
    "两日游",
    "多日游",
];

/// Whether a scenic place's stem holds a name besides its kinds (阿斯哈图石阵 of …景区, 热水塘 of 热水塘温泉康养
/// 度假区); not 旅游 (旅游小镇), 历史文化 (历史文化街区), a grade (5A级景区) or kinds alone.
pub(super) fn scenic_named(stem: &str, head: &str) -> bool {
    if !SCENIC_HEADS.contains(&head) || GRADE.is_match(stem) {
        return false;
    }
    let mut s = stem;
    loop {
        let before = s.len();
        for k in KINDS {
            s = s.strip_prefix(k).unwrap_or(s);
            s = s.strip_suffix(k).unwrap_or(s);
        }
        if s.len() == before {
            break;
        }
    }
    s.chars().count() >= 2 && s.chars().all(super::text::is_han)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_scenic_places() {
        for (stem, head) in [
            ("阿斯哈图石阵", "景区"),
            ("热水塘温泉康养", "度假区"),
            ("乌兰布统影视", "小镇"),
            ("经棚镇历史文化", "街区"),
        ] {
            assert!(scenic_named(stem, head), "{stem}{head}");
        }
        for (stem, head) in [
            ("旅游", "小镇"),
            ("特色", "小镇"),
            ("历史文化", "街区"),
            ("老城区历史文化", "街区"),
            ("周边", "景区"),
            ("国家5A级旅游", "景区"),
            ("A级", "景区"),
            ("两日游", "景区"),
            ("温泉康养", "度假区"),
            ("阿斯哈图石阵", "项目"),
        ] {
            assert!(!scenic_named(stem, head), "{stem}{head}");
        }
    }
}
