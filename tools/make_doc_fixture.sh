#!/usr/bin/env bash
# Makes tests/fixtures/doc/xilingol_2025_plan.doc: a Word 97–2003 document (as LibreOffice writes it) with a
# hyperlink field in its prose, a task note, and a task table whose cells hold several paragraphs or none.
# The wording is our own.
#
#     apt-get install libreoffice-writer-nogui
#     bash tools/make_doc_fixture.sh tests/fixtures/doc
set -euo pipefail
out="$1"
tmp="$(mktemp -d)"
cat > "$tmp/xilingol_2025_plan.html" <<'HTML'
<html><head><meta charset="utf-8"></head><body>
<p>锡林郭勒盟行政公署办公室关于印发锡林郭勒盟2025年口岸经济和绿色能源发展重点任务分工方案的通知</p>
<p>锡署办发〔2025〕18号</p>
<p>各旗县市（区）人民政府，各管委会，盟直各有关部门：</p>
<p>现将方案印发给你们，详见<a href="https://www.xlgl.gov.cn/">盟行署门户网站</a>，请认真贯彻落实。</p>
<p>一、推动口岸经济发展</p>
<p>1.实施二连浩特公路口岸货运通道改造工程，提升通关效率。（牵头单位：盟商务局；配合单位：盟交通运输局、二连浩特市人民政府；完成时限：2025年10月底）</p>
<p>二、建设绿色能源基地</p>
<table border="1">
<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推进苏尼特右旗风电基地项目建设</td><td>盟能源局</td><td><p>盟自然资源局</p><p>苏尼特右旗人民政府</p></td><td>2025年12月</td></tr>
<tr><td>2</td><td>加快锡林浩特市绿色算力产业园建设</td><td>锡林浩特市人民政府</td><td></td><td>持续推进</td></tr>
<tr><td>3</td><td>开工建设锡林浩特至太仆寺旗高速公路</td><td>盟交通运输局</td><td><p>盟发展改革委</p><p>太仆寺旗人民政府</p></td><td>2025年9月</td></tr>
</table>
<p>三、保障措施</p>
<p>各牵头单位要于每季度末向盟发展改革委报送进展情况。</p>
</body></html>
HTML
(cd "$tmp" && soffice --headless --convert-to 'doc:MS Word 97' xilingol_2025_plan.html >/dev/null 2>&1)
cp "$tmp/xilingol_2025_plan.doc" "$out/"
rm -rf "$tmp"
