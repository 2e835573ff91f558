#!/usr/bin/env python3
"""Writes tests/fixtures/docx/wuhai_2025_table.docx: a minimal Word document (paragraphs and a task table)
made with the standard library only, so the .docx reader is tested on a real archive.

    python3 tools/make_docx_fixture.py tests/fixtures/docx/wuhai_2025_table.docx
"""
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def cell(text):
    # A cell's lines are separate paragraphs, as Word writes them.
    return '<w:tc>' + ''.join(para(t) for t in text.split('\n')) + '</w:tc>'


def table(rows):
    return '<w:tbl>' + ''.join('<w:tr>' + ''.join(cell(c) for c in r) + '</w:tr>' for r in rows) + '</w:tbl>'


BODY = [
    para('乌海市人民政府办公室关于印发乌海市2025年现代煤化工产业提质增效工作方案的通知'),
    para('乌海政办发〔2025〕21号'),
    para('各区人民政府，市直各有关部门：'),
    para('现将《乌海市2025年现代煤化工产业提质增效工作方案》印发给你们，请认真贯彻落实。'),
    para('一、重点任务'),
    table([
        ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
        ['1', '推进乌海经济开发区低碳园区建设', '市发展改革委', '市工信局\n市生态环境局', '2025年12月'],
        ['2', '延伸PVC、焦化产业链，发展精细化工', '市工信局', '海南区人民政府\n乌达区人民政府', '持续推进'],
    ]),
    para('二、保障措施'),
    para('各责任单位要加强协调配合，每季度末向市工信局报送工作进展。'),
]

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
            + ''.join(BODY) + '</w:body></w:document>')
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in (('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS), ('word/document.xml', DOCUMENT)):
        info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
