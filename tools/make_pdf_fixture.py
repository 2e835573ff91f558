#!/usr/bin/env python3
"""Makes the two pdftotext fixtures of tests/fixtures/unseen/: a task table typeset as a PDF (a narrow 序号
column whose label wraps, centred cells, unit names wrapped inside a name), then converted the two ways
poppler's pdftotext converts it.

    pip install reportlab && apt-get install poppler-utils poppler-data
    python3 tools/make_pdf_fixture.py /tmp/hohhot_table.pdf
    pdftotext -layout /tmp/hohhot_table.pdf tests/fixtures/unseen/hohhot_2025_pdftotext_layout.txt
    pdftotext /tmp/hohhot_table.pdf tests/fixtures/unseen/hohhot_2025_pdftotext_raw.txt
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
ROWS = [
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    ['1', '推进和林格尔新区大数据产业基地建设，加快数据中心集群项目落地', '市发展改革委',
     '市工业和信息化局、市自然资源局、市生态环境局、和林格尔新区管委会', '2025年12月'],
    ['2', '实施呼和浩特新机场配套道路工程', '市交通运输局', '市财政局', '2025年10月'],
    ['3', '培育壮大乳业、现代煤化工、新材料产业，打造千亿级产业集群', '市工业和信息化局',
     '市农牧局、市商务局、市科技局、各旗县区人民政府', '持续推进'],
]
table = Table([[Paragraph(c, CELL) for c in r] for r in ROWS], colWidths=[30, 220, 90, 200, 70])
table.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
doc = SimpleDocTemplate(sys.argv[1], pagesize=landscape(A4))
doc.build([Paragraph('呼和浩特市2025年数字经济发展重点任务分解表', TITLE), Spacer(1, 12), table])
