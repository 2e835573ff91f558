#!/usr/bin/env python3
"""Makes tests/fixtures/pdf/bayannur_2025_plan.pdf: a text PDF as office suites write them (a TrueType CJK font
embedded as a subset, Identity-H, with a ToUnicode map) holding prose whose notes wrap across lines and a task
table whose cells wrap, running onto a second page. The wording is our own.

    pip install fpdf2 && apt-get install fonts-wqy-microhei
    python3 tools/make_pdf_input.py tests/fixtures/pdf/bayannur_2025_plan.pdf
"""
import sys
from fpdf import FPDF

FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
TITLE = '巴彦淖尔市2025年推动现代农牧业和绿色能源发展重点任务分工方案'
PROSE = [
    '各旗县区人民政府，市直各有关部门：',
    '为加快建设国家重要农畜产品生产基地，现将重点任务分工如下，请认真抓好落实。',
    '一、做强河套农畜产品加工',
    '1.推进临河区、五原县肉羊全产业链建设，支持小肥羊、草原宏宝扩大屠宰加工能力，发展肉羊精深加工产业。'
    '（牵头单位：市农牧局；配合单位：市工业和信息化局、市商务局，临河区、五原县人民政府；完成时限：2025年12月底）',
    '2.实施河套灌区现代化改造工程，年内新增高效节水灌溉面积20万亩。（牵头单位：市水利局；配合单位：'
    '市财政局、市农牧局、河套灌区水利发展中心；完成时限：2025年10月底）',
    '二、建设绿色能源基地',
]
TABLE = [
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    ['1', '推进乌拉特中旗风光制氢一体化项目建设，打造氢能产业集群', '市能源局',
     '市发展改革委、市自然资源局、乌拉特中旗人民政府', '2025年12月'],
    ['2', '加快巴彦淖尔经济技术开发区绿色算力中心建设', '巴彦淖尔经济技术开发区管委会', '市数据局', '2025年9月'],
    ['3', '开工建设临河至哈密铁路扩能改造工程，推动甘其毛都口岸跨境铁路前期工作', '市交通运输局',
     '乌拉特中旗人民政府、市发展改革委', '持续推进'],
    ['4', '推进乌拉特后旗、磴口县沙漠光伏治沙项目并网发电', '市能源局', '市林业和草原局、乌拉特后旗人民政府、磴口县人民政府', '2025年11月'],
    ['5', '建设河套酒业扩能技改项目，做强白酒酿造产业', '市工业和信息化局', '杭锦后旗人民政府', '2025年12月'],
    ['6', '支持五原县建设向日葵产业园，培育葵花籽加工企业', '五原县人民政府', '市农牧局、市商务局', '2025年8月'],
    ['7', '推进巴彦淖尔至阿拉善高速公路前期工作', '市交通运输局', '市自然资源局、市林业和草原局', '2025年12月'],
]


def main(out):
    pdf = FPDF()
    pdf.add_font('wqy', '', FONT)
    pdf.add_font('wqy', 'B', FONT)
    pdf.add_page()
    pdf.set_font('wqy', size=16)
    pdf.multi_cell(pdf.epw, 10, TITLE, align='C')
    pdf.set_font('wqy', size=12)
    for p in PROSE:
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(pdf.epw, 8, p)
    # The table starts low on the first page, so its last row goes onto the second.
    pdf.ln(115)
    with pdf.table(col_widths=(10, 70, 35, 50, 25), text_align='LEFT', line_height=7) as table:
        for row in TABLE:
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.output(out)


if __name__ == '__main__':
    main(sys.argv[1])
