//! People's names written beside units (牵头单位：区文旅局（张某某）): a surname from the common ones, then one to
//! three characters, or a name masked with 某. Only to tell a person in brackets from another name of a unit, a
//! place or a mark (（牵头）, （石拐分局）, （包头）), never to find people in running text.

use super::lexicon::LEXICON;
use super::text::is_han;

/// Common single-character surnames.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏\
魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔\
向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂\
成苗谷盛曲翁冉骆蓝路游辛靳管柴鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏\
席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝";

/// Two-character surnames.
const COMPOUND_SURNAMES: [&str; 8] = [
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容",
];

/// Words no person's name holds: units, places, marks and roles.
const NOT_IN_NAME: [&str; 22] = [
    "局", "委", "办", "厅", "室", "院", "站", "所", "队", "部", "中心", "公司", "政府", "市", "区",
    "旗", "县", "镇", "牵头", "配合", "负责", "暂",
];

/// Whether `s` (the text inside a bracket after a unit) is a person's name, perhaps with a title or a phone
/// number after it (张某某, 王明 局长, 李某 13800000000).
pub(super) fn is_person(s: &str) -> bool {
    let name: String = s.chars().take_while(|c| is_han(*c)).collect();
    let rest = s[name.len()..].trim_start_matches([' ', ',', '，', ':', '：', '\u{3000}']);
    let n = name.chars().count();
    let surname = COMPOUND_SURNAMES.iter().any(|c| name.starts_with(c))
        || name.chars().next().is_some_and(|c| SURNAMES.contains(c));
    let phone = !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '-');
    // Two characters after a surname are as often a word (常设, 万人): only masked or with a phone number.
    let long_enough = n == 3 || n == 4 && COMPOUND_SURNAMES.iter().any(|c| name.starts_with(c));
    (2..=4).contains(&n)
        && surname
        && (rest.is_empty() || phone)
        && (name.contains('某')
            || (long_enough || phone)
                && !NOT_IN_NAME.iter().any(|w| name.contains(w))
                && LEXICON.gaz.find(&name).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_masked_or_by_surname() {
        for s in [
            "张某某",
            "王某",
            "李晓明",
            "欧阳修文",
            "赵某 13800000000",
            "王明 13800000000",
        ] {
            assert!(is_person(s), "{s}");
        }
    }

    #[test]
    fn units_places_and_marks_are_no_names() {
        for s in [
            "牵头",
            "石拐分局",
            "包头",
            "市口岸办",
            "金山",
            "全市",
            "试行",
            "万人",
            "常设",
            "石拐区",
        ] {
            assert!(!is_person(s), "{s}");
        }
    }
}
