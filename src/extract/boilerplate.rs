//! Web-page boilerplate that must produce no entities: source lines, reprint notices, copyright, navigation,
//! download hints, page counters, site footers.

use regex::RegexSet;
use std::sync::LazyLock;

static PATTERNS: LazyLock<RegexSet> = LazyLock::new(|| {
    [
        r"^(来源|信息来源|文章来源|稿源|出处)\s*[:：]",
        r"转载请注明|未经.{0,12}(授权|同意|许可).{0,10}(转载|复制|使用|挪作)|版权所有|(?i)copyright|©",
        r"^[•·\s]*(上一篇|下一篇|上一条|下一条|返回顶部|返回首页)",
        r"温馨提示|免责声明",
        r"下载附件|附件下载|点击下载|\.(pdf|docx?|xlsx?|wps|zip|rar)\s*[\[【(（]?\s*下载|【下载|下载次数",
        r"浏览次数|阅读次数|点击数|点击量|访问量|阅读量",
        r"^第\s*\d+\s*页|共\s*\d+\s*页|^\d+\s*/\s*\d+\s*页?$|^-\s*\d+\s*-$",
        r"ICP\s*备|ICP证|公网安备",
        r"您(现在)?(所在的?|的)位置|当前位置\s*[:：]|欢迎(访问|光临|来到)|欢迎您\s*[!！]?$",
        r"技术支持\s*[:：]|网站(简介|地图|声明)|广告合作|隐私(保护|政策)|服务条款|联系我们",
        r"^主题词\s*[:：]?$|^关键词\s*[:：]|^(作者|责任编辑|编辑|审核|校对)\s*[:：]",
        r"发表于\s*[:：]|发布时间\s*[:：]|^(收藏|详情|分享|打印|关闭|字号|字体|保存)\s*[:：]?\s*$|〖打印〗|【打印】|【关闭】",
        r"^[(\[（【]?(资料图片|资料图|图片|配图|视频)[)\]）】]?$|^\d+\s*条$|扫一扫|微信公众号|手机版|^(大|中|小)\s*(大|中|小)?\s*$",
        r"^地址\s*[:：].*(电话|邮编)",
        // A printed document's colophon: whom copies go to (抄送：市委办公室，市人大常委会办公室…).
        r"^(抄\s*送|抄\s*报)\s*[:：]",
        // Minutes' attendance (出席：…, 列席：县政府办、县发改局负责同志) and a printing office's line (…办公室
        // 2026年3月13日印发).
        r"^(出\s*席|列\s*席|缺\s*席|请\s*假|记\s*录|参会人员|参加人员|参会单位|参加单位)\s*[:：]",
        r"^[\p{Han}\s]{0,40}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$",
        r"^首页\s*[>＞›»/]|相关链接\s*[:：]|友情链接|打印本页|关闭窗口|【字体|^\(此件(删减后)?公开(发布)?\)$",
    ]
    .pipe_set()
});

/// Patterns of short lines that a cheap look at their characters rules out for most lines (bounded repeats of
/// any character make a slow set for every line): markup a scraper left, a site's banner with its address, a
/// site's breadcrumb.
static SHORT_LINE_PATTERNS: LazyLock<RegexSet> = LazyLock::new(|| {
    [
        // <tbody id="x"></tbody>, 1. <th id="x"></th>.
        r"^[\s•·\d.、]*(<[^<>]*>[\s•·]*)+$",
        // 伊金霍洛旗人民政府办公室.政务 | www.yjhl.gov.cn |
        r"^[^。]{0,40}(https?://|www\.)[A-Za-z0-9.-]+[^。]{0,40}$",
        // 北疆新闻网 > 盟市 > 阿拉善 > 正文.
        r"^[^>＞›»。，,;；]{1,15}(\s*[>＞›»]\s*[^>＞›»。，,;；]{1,15}){2,}\s*[>＞›»]?$",
    ]
    .pipe_set()
});

/// Compiles the patterns into one set (checked by a test, so the fallback never hides a typo).
trait PipeSet {
    fn pipe_set(self) -> RegexSet;
}

impl<const N: usize> PipeSet for [&str; N] {
    fn pipe_set(self) -> RegexSet {
        RegexSet::new(self).unwrap_or_else(|_| RegexSet::empty())
    }
}

/// Whether a (full-width-folded) line is web-page boilerplate.
pub fn is_boilerplate_line(line: &str) -> bool {
    let t = line.trim();
    PATTERNS.is_match(t)
        || t.len() <= 300
            && t.contains(['<', '>', '＞', '›', '»', 'w', 'h'])
            && SHORT_LINE_PATTERNS.is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_boilerplate() {
        for l in [
            "来源:呼和浩特市政府信息公开发布平台",
            "转载请注明地址:http://example.invalid/x.html",
            "Copyright(c)2016 东胜区人民政府办公室主办",
            "• 上一篇文章:",
            "温馨提示:",
            "作者: 浏览次数:0 〖打印〗〖关闭",
            "第 3 页 共 12 页",
            "冀ICP备19027023号-7",
            "您所在的位置:首页>期刊栏目>发展规划>正文",
            "您的位置:首页 >新闻 >",
            "您现在的位置: 首页",
            "规划纲要.pdf 【下载附件】",
            "首页 > 政务公开 > 政策文件",
            "【字体:大 中 小】 打印本页 关闭窗口",
            "相关链接:内蒙古自治区人民政府 | 乌兰察布市政务服务网",
            "(此件公开发布)",
            "北疆新闻网 > 盟市 > 阿拉善 > 正文",
            "巴彦淖尔市人民政府欢迎您",
            "  • <tbody id=\"rxb7u\"></tbody>",
            "1. <th id=\"rxb7u\"></th>",
            "伊金霍洛旗人民政府办公室.政务 | www.yjhl.gov.cn |",
            "字号:",
            "保存",
            "(资料图片)",
            "【资料图】",
            "(此件删减后公开)",
            "抄送:市委办公室,市人大常委会办公室,市政协办公室。",
            "出席:刘振华、王建军、张海燕",
            "列席:县政府办、县发改局、县财政局负责同志",
            "府谷县人民政府办公室 2026年3月13日印发",
            "2018年12月29日印发",
        ] {
            assert!(is_boilerplate_line(l), "{l}");
        }
    }

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(PATTERNS.len() + SHORT_LINE_PATTERNS.len(), 21);
    }

    #[test]
    fn policy_text_is_kept() {
        for l in [
            "(一)打造1小时铁路经济圈,公交化运营。(责任单位:市发改委;完成时限:持续推进)",
            "各旗、县、区人民政府,经济技术开发区管委会:",
            "2024年2月3日",
            "产值>100亿元",
            "呼和浩特—乌兰察布—大同",
            "出席会议的各旗县区要把任务分解到位。",
            "自治区人民政府关于2024年3月1日印发的方案的说明",
        ] {
            assert!(!is_boilerplate_line(l), "{l}");
        }
    }
}
