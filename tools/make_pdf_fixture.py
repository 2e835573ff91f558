#!/usr/bin/env python3
"""Makes the pdftotext fixtures of tests/fixtures/unseen/: task tables typeset as PDFs (a narrow 序号 column
whose label wraps, centred cells, unit names and dates wrapped inside themselves, a table running onto a second
page with its header repeated), then converted the ways poppler's pdftotext converts them.

    pip install reportlab && apt-get install poppler-utils poppler-data
    python3 tools/make_pdf_fixture.py hohhot /tmp/hohhot_table.pdf
    pdftotext -layout /tmp/hohhot_table.pdf tests/fixtures/unseen/hohhot_2025_pdftotext_layout.txt
    pdftotext /tmp/hohhot_table.pdf tests/fixtures/unseen/hohhot_2025_pdftotext_raw.txt
    python3 tools/make_pdf_fixture.py baotou /tmp/baotou.pdf
    pdftotext -layout /tmp/baotou.pdf tests/fixtures/unseen/baotou_2025_pdftotext_pages.txt
    pdftotext /tmp/baotou.pdf tests/fixtures/unseen/baotou_2025_pdftotext_pages_raw.txt
    python3 tools/make_pdf_fixture.py ordos /tmp/ordos.pdf
    pdftotext -layout /tmp/ordos.pdf tests/fixtures/unseen/ordos_2025_pdftotext_noindex_layout.txt
    pdftotext /tmp/ordos.pdf tests/fixtures/unseen/ordos_2025_pdftotext_noindex_raw.txt
"""
import sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
CELL = ParagraphStyle('c', fontName='STSong-Light', fontSize=10.5, leading=14, wordWrap='CJK')
TITLE = ParagraphStyle('h', fontName='STSong-Light', fontSize=16, leading=22, alignment=1)
HOHHOT = [
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    ['1', '推进和林格尔新区大数据产业基地建设，加快数据中心集群项目落地', '市发展改革委',
     '市工业和信息化局、市自然资源局、市生态环境局、和林格尔新区管委会', '2025年12月'],
    ['2', '实施呼和浩特新机场配套道路工程', '市交通运输局', '市财政局', '2025年10月'],
    ['3', '培育壮大乳业、现代煤化工、新材料产业，打造千亿级产业集群', '市工业和信息化局',
     '市农牧局、市商务局、市科技局、各旗县区人民政府', '持续推进'],
]
BAOTOU = [
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    ['1', '推进包头至银川高铁包头段建设，确保年内开工', '市发展改革委', '市自然资源局、市交通运输局、九原区人民政府', '2025年12月'],
    ['2', '加快包头机场改扩建工程前期工作', '市交通运输局', '', '2025年9月'],
    ['3', '实施稀土新材料产业链延链补链行动，推动金力永磁二期项目投产达效', '市工业和信息化局', '稀土高新区管委会、市科技局', '持续推进'],
    ['4', '建设黄河国家湿地公园', '市林草局', '东河区人民政府、九原区人民政府、市生态环境局、市水务局', '2025年10月'],
    ['5', '推进昆都仑区城市更新示范区建设', '昆都仑区人民政府', '市住房城乡建设局', '2025年11月'],
    ['6', '培育乳业、肉羊产业，建设固阳县肉羊产业园', '市农牧局', '固阳县人民政府', '持续推进'],
]
# A table without a 序号 column: its rows are told apart by their deadlines.
ORDOS = [
    ['重点任务', '责任单位', '完成时限'],
    ['推进鄂尔多斯国家级现代煤化工产业示范区建设，加快宝丰能源绿氢耦合煤制烯烃项目建设', '市发展改革委、市工业和信息化局、市能源局', '2025年12月'],
    ['加快实施康巴什区城市更新行动', '康巴什区人民政府、市住房城乡建设局', '2025年10月'],
    ['推动乌审旗、鄂托克前旗光伏治沙项目并网', '市能源局（牵头）、乌审旗人民政府、鄂托克前旗人民政府', '持续推进'],
]
BODY = ParagraphStyle('b', fontName='STSong-Light', fontSize=12, leading=18, wordWrap='CJK', firstLineIndent=24)


def table(rows, widths):
    t = Table([[Paragraph(c, CELL) for c in r] for r in rows], colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    return t


if sys.argv[1] == 'ordos':
    SimpleDocTemplate(sys.argv[2], pagesize=A4).build(
        [Paragraph('鄂尔多斯市2025年重点工作任务清单', TITLE), Spacer(1, 12), table(ORDOS, [230, 160, 70]),
         Paragraph('各责任单位要于每季度末报送工作进展。', BODY)])
elif sys.argv[1] == 'hohhot':
    SimpleDocTemplate(sys.argv[2], pagesize=landscape(A4)).build(
        [Paragraph('呼和浩特市2025年数字经济发展重点任务分解表', TITLE), Spacer(1, 12), table(HOHHOT, [30, 220, 90, 200, 70])])
else:
    # The table starts low on the first page, so it runs onto the second with its header repeated.
    SimpleDocTemplate(sys.argv[2], pagesize=A4).build([
        Paragraph('包头市2025年重点项目推进工作方案', TITLE), Spacer(1, 10),
        Paragraph('为加快重点项目建设，制定本方案。', BODY), Spacer(1, 500),
        Paragraph('一、重点任务', BODY), table(BAOTOU, [28, 170, 80, 150, 60]),
        Paragraph('二、保障措施', BODY),
        Paragraph('各责任单位要加强协调配合，每季度末向市发展改革委报送进展情况。', BODY)])
