#!/usr/bin/env python3
"""Writes tests/fixtures/docx_numbered/ordos_2025_numbered.docx: a Word document whose headings and items are
numbered by Word itself (word/numbering.xml), not typed: a heading style numbered 一、, list levels （一） and
1., and a bulleted line. The text holds no markers; the reader must draw them as Word does. Standard library
only.

    python3 tools/make_docx_numbered.py tests/fixtures/docx_numbered/ordos_2025_numbered.docx

`soffice --headless --convert-to txt` of the file shows the same markers.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def para(text, style=None, num=None):
    ppr = ''
    if style or num:
        ppr = '<w:pPr>'
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += '</w:pPr>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


BODY = [
    para('鄂尔多斯市2025年推进呼包鄂榆城市群建设重点任务'),
    para('为深度融入呼包鄂榆城市群，推动区域协同发展，制定本重点任务。'),
    para('重点任务', style='1'),
    para('推进交通互联互通', num=(1, 1)),
    para('加快包银高铁鄂尔多斯段建设。（责任单位：市交通运输局；完成时限：2025年12月）', num=(1, 2)),
    para('推进鄂尔多斯伊金霍洛国际机场改扩建。（责任单位：市交通运输局、伊金霍洛旗人民政府）', num=(1, 2)),
    para('共建现代产业体系', num=(1, 1)),
    para('建设鄂尔多斯零碳产业园。', num=(1, 2)),
    para('发展现代煤化工产业，延伸煤制烯烃产业链。', num=(1, 2)),
    para('责任单位：市工业和信息化局、市能源局'),
    para('保障措施', style='1'),
    para('各旗区、各部门要加强组织领导，压实工作责任。', num=(2, 0)),
]

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
            + ''.join(BODY) + '</w:body></w:document>')


def lvl(i, fmt, text):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0">'
             + lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.')
             + '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1">' + lvl(0, 'bullet', '●') + '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '</w:numbering>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
          '</w:style></w:styles>')
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId2" Type="{R}/styles" Target="styles.xml"/>'
            '</Relationships>')

with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in (('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                       ('word/_rels/document.xml.rels', DOC_RELS), ('word/document.xml', DOCUMENT),
                       ('word/numbering.xml', NUMBERING), ('word/styles.xml', STYLES)):
        info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
