"""Hand-curated source lists for industries.tsv, agencies.tsv and projects.tsv.

Each block is an indented outline: one entry a line, two spaces of indent per
level (the parent is the nearest less-indented line), `name | alias|alias |
key=value;key=value`. Edit here, then run gen_curated.py.
"""

# Sources: 国家统计局《战略性新兴产业分类(2018)》(国家统计局令第23号) for the nine
# strategic emerging industries and their sub-fields; 《国民经济行业分类》
# (GB/T 4754-2017) for the traditional and service sectors; 工信部等《关于推动
# 未来产业创新发展的实施意见》(2024) and provincial 未来产业 plans for future
# industries; 国家统计局《数字经济及其核心产业统计分类(2021)》 for the digital
# economy (数字技术应用业); sector names that the annotation guideline counts as industries
# (docs/ANNOTATION.md); 《中国制造2025》's 工业强基工程 for the industrial
# foundations (核心基础零部件(元器件), 先进基础工艺, 关键基础材料; its fourth,
# 产业技术基础, is a support system of standards and testing, not a sector).
# `category=1` marks a heading that groups industries
# (未来产业): the guideline annotates its members, not the
# heading. `public=1` marks a domain of public life that the guideline does
# not count as an economic sector in 教育强省, 文化强省, 体育强省, 交通强省:
# cooperation in it (文化合作, 教育协同) is no industry. 数据中心 is a facility, not an industry.
INDUSTRIES = """
战略性新兴产业 | | group=sei
  新一代信息技术 | 新一代信息通信技术 | group=sei
    下一代信息网络 | 下一代互联网|下一代网络
      5G | 第五代移动通信|5G通信|新一代移动通信
      6G
      IPv6 | 互联网协议第六版
      物联网 | 窄带物联网|NB-IoT
      车联网
      工业互联网
      卫星互联网
      未来网络
    电子信息 | 电子信息制造|新型电子信息
      集成电路 | 芯片
      半导体 | 泛半导体
      新型显示 | 平板显示
      智能终端 | 智能硬件
      电子元器件 | 基础电子元器件|新型元器件
      传感器 | 智能传感器
      光电子 | 光通信
      通信设备
    软件和信息服务 | 软件和信息技术服务|软件和信息技术服务业|软件信息服务
      软件 | 软件服务
      工业软件 | 工业基础软件|工业APP
      基础软件 | 基础与平台软件
      信息技术服务 | 信息服务
      信息技术 | 信息通信|信息通信技术|IT
      云计算 | 云服务
      大数据 | 数据服务
      人工智能 | AI|新一代人工智能
      区块链
      网络安全 | 信息安全
      互联网 | 互联网服务 | generic=1
  高端装备制造 | 高端装备|高端装备制造业 | group=sei
    智能制造装备 | 智能装备|智能制造
      机器人 | 工业机器人|服务机器人
      数控机床 | 高档数控机床
      增材制造 | 3D打印
    核心基础零部件 | 核心基础零部件(元器件)|基础零部件(元器件)|基础零部件|关键基础零部件
    先进基础工艺 | 基础工艺
    航空航天 | 航空|航天
      民用航空 | 民航|大飞机
      通用航空
      航空装备
      卫星及应用 | 卫星应用
        测绘遥感 | 遥感
        北斗导航 | 北斗|卫星导航|北斗卫星导航
        地理信息 | 北斗及地理信息|测绘地理信息
    轨道交通装备 | 先进轨道交通装备
    海洋工程装备 | 海工装备|海洋装备
    船舶 | 船舶制造|船舶和海洋工程装备|高技术船舶
    工程机械 | 工程机械制造
    智能物流装备
    节能与新能源装备
    高端医疗装备
  新材料 | 新材料技术 | group=sei
    先进钢铁材料
    先进有色金属材料 | 高端金属结构材料
    先进石化化工新材料 | 化工新材料
    先进无机非金属材料
    高性能纤维及制品和复合材料 | 特种纤维材料|高性能纤维|碳纤维
    前沿新材料 | 石墨烯|超导材料|纳米材料
    电子新材料 | 电子材料
    关键基础材料
    生物基材料
  生物 | 生物经济 | group=sei;generic=1
    生物医药 | 医药|现代医药
      化学药 | 创新化学药物|化学药品
      生物药 | 生物制品
      中医药 | 现代中药|中药
      细胞治疗 | 干细胞治疗|免疫细胞治疗
      基因技术 | 基因检测|基因工程
    医疗器械 | 高端医疗器械|生物医学工程
    生物制造
    生物农业 | 生物育种
    生命健康 | 大健康|生命科学
  新能源汽车 | group=sei
    智能网联汽车 | 智能汽车|自动驾驶汽车|自动驾驶
    车路协同
    智能交通 | 智慧交通
    新能源和智能网联汽车
    动力电池
    汽车零部件 | 关键零部件
  新能源 | 清洁能源 | group=sei
    光伏 | 太阳能|光伏发电|太阳能光伏|分布式光伏
    风电 | 风能|海上风电|陆上风电
    氢能 | 氢能源|燃料电池
    储能 | 新型储能
    核电 | 核能
    生物质能
    智能电网 | 能源互联网|泛在电力物联网|智慧能源
    微电网 | 新能源微电网
  节能环保 | 环保|绿色环保 | group=sei
    高效节能
    先进环保 | 环保装备
    资源循环利用 | 循环经济|再制造
    绿色低碳
  数字创意 | | group=sei
    数字文化 | 数字内容
    动漫游戏 | 动漫|网络游戏|电竞
    影视 | 影视传媒|数字影视
  相关服务业 | group=sei
未来产业 | | group=future;category=1
  量子信息 | 量子科技|量子计算|量子通信|量子保密通信
  类脑芯片 | 类脑智能|脑机接口|脑机融合
  第三代半导体 | 宽禁带半导体
  元宇宙 | 虚拟现实|增强现实|VR|AR
  深海空天 | 深海|空天信息|商业航天
  未来网络技术
  合成生物
  柔性电子
  人形机器人
  低空经济
  应急产业 | 安全应急
  先进核能 | 聚变能
制造业 | 制造 | group=sector
  先进制造业 | 先进制造
  高端制造业 | 高端制造
  现代制造业
  绿色制造 | 绿色智造
  服务型制造
  汽车 | 汽车制造|整车制造
  化工 | 石化|石油化工|精细化工|绿色化工|化学工业
  钢铁 | 钢铁冶金
  有色金属
  纺织服装 | 纺织|服装|现代纺织|纺织业
  家具 | 家居|绿色家居|定制家居
  建材 | 建筑材料|水泥|绿色建材
  食品 | 食品加工|轻工食品|农产品加工|食品饮料
  造纸 | 造纸和纸制品
  轻工 | 轻工业
  医药制造
  家电 | 智能家电|家用电器
  五金
  木业 | 绿色木业|木材加工
  包装印刷 | 印刷
  集装箱制造
  装备制造 | 装备制造业|重大装备
  电气机械 | 电气设备
  通用设备
  金属制品
  重化工 | 重化工业
  时尚 | | generic=1
  美妆 | 现代美妆|化妆品
  童装 | 时尚童装
  毛衫
  皮革 | 皮革制品
  光电 | 光学|光电产业
现代服务业 | 服务业|服务经济 | group=sector
  生产性服务业 | 高端生产性服务业
  生活性服务业
  新兴服务业
  现代金融 | 金融|金融服务
    金融业
    科技金融
    绿色金融
    普惠金融
    互联网金融 | 金融科技
    保险 | | generic=1
    证券 | | generic=1
    融资租赁
  现代物流 | 物流|现代物流业|物流业
    供应链 | 供应链管理|供应链服务
    冷链物流
    智慧物流
    快递 | 快递服务|邮政快递
    航运 | 航运服务|高端航运服务|港航
    航空货运
  科技服务 | 科技服务业|科研和技术服务|科学研究和技术服务
    研发设计 | 工业设计
    检验检测 | 检验检测认证|检测认证
    知识产权服务
    技术转移 | 技术贸易
  信息服务
  文化创意 | 文创|创意设计
  文化 | | generic=1;public=1
  文化服务
  文化贸易
  广播电视 | 广电|智慧广电
  网络视听 | 短视频
  旅游 | 旅游业|文化旅游|文旅|全域旅游
    乡村旅游
    休闲旅游 | 休闲度假旅游
    生态旅游
    红色旅游
    民宿 | 民宿经济
    旅游服务
    康养旅游 | 体育康养
  会展 | 会展经济|会展业
  商贸 | 商贸流通|批发零售
    电子商务 | 电商
    跨境电子商务 | 跨境电商
    新零售
    零售 | 实体零售
    对外贸易 | 外贸|进出口贸易
  健康服务 | 健康服务业|医疗健康|健康产业
    医疗 | 医疗服务|智慧医疗 | generic=1
    养老服务 | 养老|健康养老|智慧健康养老|康养|养生养老
    医疗卫生 | 卫生 | generic=1
  体育 | 体育服务 | generic=1;public=1
  教育 | 教育服务 | generic=1;public=1
  智慧教育 | 教育科技
  人力资源服务 | 人力资源
  专业服务 | 商务服务|专业服务业|法律服务|咨询服务
  总部经济
  服务贸易 | 数字贸易|离岸贸易|转口贸易
  家庭服务 | 家政服务
  房地产 | 房地产业
  建筑 | 建筑业 | generic=1
  绿色建筑 | 装配式建筑
  信用服务
数字经济 | group=economy
  数字产业 | 数字产业化
  数字技术 | 数字技术应用
  平台经济
  共享经济
  数字贸易
海洋经济 | 海洋产业 | group=economy
  海洋渔业
  海洋交通运输
  临港产业
绿色经济 | 低碳经济 | group=economy
创新经济 | group=economy
夜间经济 | 夜经济 | group=economy
农业 | 现代农业|现代农业技术 | group=sector
  智慧农业 | 智能农业|数字农业
  休闲农业
  都市现代农业 | 都市农业
  渔业
  林业
  畜牧业
能源 | | group=sector;generic=1
  电力 | | generic=1
  煤炭
  石油天然气 | 油气
军民融合 | 军民融合产业 | group=sector
电信 | 电信运营 | group=sector
交通运输 | 交通运输业|交通 | group=sector;generic=1;public=1
"""

AGENCIES = """
# central party and state bodies
党中央 | 中共中央|中国共产党中央委员会 | level=central;kind=party
中央委员会 | | level=central;kind=party
国务院 | 中华人民共和国国务院 | level=central;kind=government
全国人大 | 全国人民代表大会|全国人大常委会|全国人民代表大会常务委员会 | level=central;kind=legislature
全国政协 | 中国人民政治协商会议全国委员会 | level=central;kind=cppcc
中央军委 | 中央军事委员会 | level=central;kind=military
最高人民法院 | | level=central;kind=judiciary
最高人民检察院 | | level=central;kind=judiciary
中央办公厅 | 中共中央办公厅|中办 | level=central;kind=party
国务院办公厅 | 国办 | level=central;kind=government
中央组织部 | 中共中央组织部|中组部 | level=central;kind=party
中央宣传部 | 中共中央宣传部|中宣部 | level=central;kind=party
中央统战部 | 中共中央统一战线工作部|中央统一战线工作部 | level=central;kind=party
中央财经委员会 | 中央财经委|中央财经委员会办公室 | level=central;kind=party
中央网信办 | 中央网络安全和信息化委员会办公室|国家互联网信息办公室|国家网信办 | level=central;kind=party
中央推动长三角一体化发展领导小组 | 推动长三角一体化发展领导小组 | level=central;kind=coordination
中央推动长三角一体化发展领导小组办公室 | 推动长三角一体化发展领导小组办公室 | level=central;kind=coordination
长三角区域合作办公室 | 长三角合作办 | level=regional;kind=coordination
长三角地区主要领导座谈会 | | level=regional;kind=coordination
长三角地区合作与发展联席会议 | | level=regional;kind=coordination
长三角生态绿色一体化发展示范区执行委员会 | 示范区执委会|一体化示范区执委会 | level=regional;kind=coordination
长三角生态绿色一体化发展示范区理事会 | 示范区理事会 | level=regional;kind=coordination
长三角G60科创走廊联席会议办公室 | G60科创走廊联席办 | level=regional;kind=coordination
# State Council ministries and commissions (2023 structure)
外交部 | | level=central;kind=ministry
国防部 | | level=central;kind=ministry
国家发展和改革委员会 | 国家发展改革委|国家发改委|发展改革委 | level=central;kind=ministry
教育部 | | level=central;kind=ministry
科学技术部 | 科技部 | level=central;kind=ministry
工业和信息化部 | 工信部 | level=central;kind=ministry
国家民族事务委员会 | 国家民委 | level=central;kind=ministry
公安部 | | level=central;kind=ministry
国家安全部 | | level=central;kind=ministry
民政部 | | level=central;kind=ministry
司法部 | | level=central;kind=ministry
财政部 | | level=central;kind=ministry
人力资源和社会保障部 | 人力资源社会保障部|人社部 | level=central;kind=ministry
自然资源部 | | level=central;kind=ministry
生态环境部 | | level=central;kind=ministry
住房和城乡建设部 | 住房城乡建设部|住建部 | level=central;kind=ministry
交通运输部 | | level=central;kind=ministry
水利部 | | level=central;kind=ministry
农业农村部 | | level=central;kind=ministry
商务部 | | level=central;kind=ministry
文化和旅游部 | 文旅部 | level=central;kind=ministry
国家卫生健康委员会 | 国家卫生健康委|国家卫健委 | level=central;kind=ministry
退役军人事务部 | | level=central;kind=ministry
应急管理部 | | level=central;kind=ministry
中国人民银行 | 人民银行|央行 | level=central;kind=ministry
审计署 | | level=central;kind=ministry
国务院国有资产监督管理委员会 | 国务院国资委|国资委 | level=central;kind=agency
海关总署 | | level=central;kind=agency
国家税务总局 | | level=central;kind=agency
国家市场监督管理总局 | 市场监管总局 | level=central;kind=agency
国家金融监督管理总局 | 金融监管总局 | level=central;kind=agency
中国证券监督管理委员会 | 中国证监会|证监会 | level=central;kind=agency
中国银行保险监督管理委员会 | 中国银保监会|银保监会 | level=central;kind=agency
国家广播电视总局 | 广电总局 | level=central;kind=agency
国家体育总局 | | level=central;kind=agency
国家统计局 | | level=central;kind=agency
国家国际发展合作署 | | level=central;kind=agency
国家医疗保障局 | 国家医保局 | level=central;kind=agency
国家机关事务管理局 | | level=central;kind=agency
国家知识产权局 | | level=central;kind=agency
国家能源局 | | level=central;kind=agency
国家数据局 | | level=central;kind=agency
国家林业和草原局 | 国家林草局 | level=central;kind=agency
国家铁路局 | | level=central;kind=agency
中国民用航空局 | 民航局 | level=central;kind=agency
国家邮政局 | | level=central;kind=agency
国家文物局 | | level=central;kind=agency
国家中医药管理局 | | level=central;kind=agency
国家移民管理局 | | level=central;kind=agency
国家外汇管理局 | 外汇局 | level=central;kind=agency
国家药品监督管理局 | 国家药监局 | level=central;kind=agency
国家标准化管理委员会 | 国家标准委 | level=central;kind=agency
国家烟草专卖局 | | level=central;kind=agency
国家粮食和物资储备局 | | level=central;kind=agency
国家乡村振兴局 | | level=central;kind=agency
国家信访局 | | level=central;kind=agency
国家国防科技工业局 | 国防科工局 | level=central;kind=agency
中国科学院 | 中科院 | level=central;kind=institution
中国工程院 | | level=central;kind=institution
国务院发展研究中心 | | level=central;kind=institution
# bodies of a jurisdiction (composed with a place: 嘉兴市人民政府, 中共嘉兴市委)
人民政府 | 市政府|省政府|县政府|区政府 | level=local;kind=government | body
党委 | 市委|省委|县委|区委|州委 | level=local;kind=party | body
人大常委会 | 人民代表大会常务委员会|人大 | level=local;kind=legislature;standalone=1 | body
政协 | 政治协商会议 | level=local;kind=cppcc;standalone=1 | body
纪委 | 纪律检查委员会|纪委监委 | level=local;kind=party | body
监察委员会 | 监委 | level=local;kind=party | body
人民法院 | 中级人民法院|法院 | level=local;kind=judiciary | body
人民检察院 | 检察院 | level=local;kind=judiciary | body
管委会 | 管理委员会 | level=local;kind=zone | body
领导小组 | 工作领导小组 | level=local;kind=coordination | body
领导小组办公室 | 工作领导小组办公室 | level=local;kind=coordination | body
联席会议 | 联席会议办公室 | level=local;kind=coordination | body
工作协调组 | 协调组 | level=local;kind=coordination | body
# departments of province/city/county governments and party committees
# (composed with a place prefix or the relative 省/市/县/区: 市经信局)
发展和改革委员会 | 发展改革委|发改委|发展和改革局|发展改革局|发改局 | level=local;kind=dept | dept
经济和信息化局 | 经信局|经济和信息化委员会|经信委|经济和信息化厅|经信厅|工业和信息化局|工信局|工业和信息化厅|工信厅 | level=local;kind=dept | dept
教育局 | 教育厅|教育委员会|教委 | level=local;kind=dept | dept
科学技术局 | 科技局|科学技术厅|科技厅|科学技术委员会|科委 | level=local;kind=dept | dept
民族宗教事务局 | 民宗局|民族宗教事务委员会|民宗委 | level=local;kind=dept | dept
公安局 | 公安厅 | level=local;kind=dept | dept
民政局 | 民政厅 | level=local;kind=dept | dept
司法局 | 司法厅 | level=local;kind=dept | dept
财政局 | 财政厅 | level=local;kind=dept | dept
人力资源和社会保障局 | 人力社保局|人社局|人力资源社会保障局|人力资源和社会保障厅|人力社保厅|人社厅 | level=local;kind=dept | dept
自然资源和规划局 | 自然资源规划局|自然资源局|自然资源和规划厅|自然资源厅|规划和自然资源局|规划资源局 | level=local;kind=dept | dept
生态环境局 | 生态环境厅 | level=local;kind=dept | dept
住房和城乡建设局 | 住建局|住房城乡建设局|住房和城乡建设厅|住建厅|建设局|住房和城乡建设委员会|住建委|建委 | level=local;kind=dept | dept
交通运输局 | 交通局|交通运输厅|交通厅|交通委员会|交通委 | level=local;kind=dept | dept
水利局 | 水利厅|水务局 | level=local;kind=dept | dept
农业农村局 | 农业农村厅|农业农村委员会|农业农村委 | level=local;kind=dept | dept
商务局 | 商务厅|商务委员会|商务委 | level=local;kind=dept | dept
文化广电旅游局 | 文广旅游局|文化广电和旅游局|文化和旅游局|文旅局|文化和旅游厅|文旅厅|文广旅局 | level=local;kind=dept | dept
卫生健康委员会 | 卫生健康委|卫健委|卫生健康局|卫健局 | level=local;kind=dept | dept
退役军人事务局 | 退役军人事务厅 | level=local;kind=dept | dept
应急管理局 | 应急管理厅|应急局 | level=local;kind=dept | dept
审计局 | 审计厅 | level=local;kind=dept | dept
外事办公室 | 外办|人民政府外事办公室 | level=local;kind=dept | dept
国有资产监督管理委员会 | 国资委 | level=local;kind=dept | dept
市场监督管理局 | 市场监管局 | level=local;kind=dept | dept
体育局 | | level=local;kind=dept | dept
统计局 | | level=local;kind=dept | dept
医疗保障局 | 医保局 | level=local;kind=dept | dept
大数据发展管理局 | 大数据局|数据资源管理局|数据局 | level=local;kind=dept | dept
综合行政执法局 | 综合执法局|城市管理局|城管局|城市管理行政执法局 | level=local;kind=dept | dept
机关事务管理局 | 机关事务局 | level=local;kind=dept | dept
信访局 | | level=local;kind=dept | dept
人民防空办公室 | 人防办 | level=local;kind=dept | dept
政务服务管理办公室 | 政务办|政务服务办|政务服务中心|行政服务中心 | level=local;kind=dept | dept
地方金融监督管理局 | 金融办|地方金融监管局|金融工作办公室|金融服务办公室|金融工作局 | level=local;kind=dept | dept
投资促进局 | 投促局|投资促进中心 | level=local;kind=dept | dept
港航管理局 | 港航局|港口管理局 | level=local;kind=dept | dept
区域合作办公室 | 区域合作办|区域合作与发展办公室 | level=local;kind=dept | dept
长三角一体化发展办公室 | 长三角发展办|长三角办 | level=local;kind=dept | dept
对口支援办公室 | 对口办|对口支援和合作交流办公室 | level=local;kind=dept | dept
生态文明建设委员会办公室 | 生态文明办 | level=local;kind=dept | dept
督查考核办公室 | 督考办 | level=local;kind=dept | dept
轨道交通建设管理中心 | 轨道交通中心|轨道办 | level=local;kind=dept | dept
海关 | | level=local;kind=dept | dept
税务局 | | level=local;kind=dept | dept
气象局 | | level=local;kind=dept | dept
人民银行分行 | 人民银行中心支行 | level=local;kind=dept | dept
邮政管理局 | | level=local;kind=dept | dept
粮食和物资储备局 | 粮食局 | level=local;kind=dept | dept
林业局 | 林业和草原局 | level=local;kind=dept | dept
供销合作社 | 供销社 | level=local;kind=dept | dept
档案局 | 档案馆 | level=local;kind=dept | dept
委组织部 | 组织部 | level=local;kind=party | dept
委宣传部 | 宣传部 | level=local;kind=party | dept
委统战部 | 统战部|统一战线工作部 | level=local;kind=party | dept
委政法委 | 政法委 | level=local;kind=party | dept
委编办 | 编办|机构编制委员会办公室 | level=local;kind=party | dept
委办公室 | 委办 | level=local;kind=party | dept
政府办公室 | 政府办|人民政府办公室|人民政府办公厅|政府办公厅 | level=local;kind=government | dept
委网信办 | 网信办 | level=local;kind=party | dept
委改革办 | 改革办|全面深化改革委员会办公室|深改办 | level=local;kind=party | dept
人才工作领导小组办公室 | 人才办 | level=local;kind=party | dept
台湾工作办公室 | 台办 | level=local;kind=party | dept
委政策研究室 | 政研室 | level=local;kind=party | dept
总工会 | | level=local;kind=mass_org | dept
团委 | 共青团 | level=local;kind=mass_org | dept
妇联 | 妇女联合会 | level=local;kind=mass_org | dept
科协 | 科学技术协会 | level=local;kind=mass_org | dept
工商联 | 工商业联合会 | level=local;kind=mass_org | dept
侨联 | 归国华侨联合会 | level=local;kind=mass_org | dept
残联 | 残疾人联合会 | level=local;kind=mass_org | dept
"""

# Projects: kind=line (rail, road, waterway, pipeline, power line, bridge,
# tunnel) with connects=<official place names, resolved to ids>; zone; platform;
# event; facility; programme. Sources: 长江三角洲区域一体化发展规划纲要 (2019),
# 长江三角洲地区多层次轨道交通规划 (2021), 国家综合立体交通网规划纲要 (2021),
# 国家级经济技术开发区/高新区 lists, 中国(上海)自由贸易试验区 documents.
PROJECTS = """
# zones and platforms
长三角生态绿色一体化发展示范区 | 长三角一体化示范区 | kind=zone;located=上海市,江苏省,浙江省,青浦区,吴江区,嘉善县
G60科创走廊 | 长三角G60科创走廊|G60科技走廊 | kind=platform
虹桥国际开放枢纽 | | kind=zone;located=上海市
虹桥商务区 | 上海虹桥商务区|虹桥中央商务区 | kind=zone;located=上海市
虹桥综合交通枢纽 | 虹桥枢纽 | kind=facility;located=上海市
中国(上海)自由贸易试验区 | 上海自贸试验区|上海自贸区 | kind=zone;located=上海市
中国(上海)自由贸易试验区临港新片区 | 临港新片区|上海自贸试验区新片区|上海自贸试验区临港新片区|临港|上海临港|临港地区 | kind=zone;located=上海市
中国(浙江)自由贸易试验区 | 浙江自贸试验区|浙江自贸区 | kind=zone;located=浙江省
中国(江苏)自由贸易试验区 | 江苏自贸试验区|江苏自贸区 | kind=zone;located=江苏省
中国(安徽)自由贸易试验区 | 安徽自贸试验区|安徽自贸区 | kind=zone;located=安徽省
张江科学城 | | kind=zone;located=上海市
张江综合性国家科学中心 | | kind=facility;located=上海市
张江国家自主创新示范区 | | kind=zone;located=上海市
张江实验室 | | kind=facility;located=上海市
合肥综合性国家科学中心 | 安徽合肥综合性国家科学中心 | kind=facility;located=合肥市
苏南国家自主创新示范区 | | kind=zone;located=江苏省
杭州国家自主创新示范区 | | kind=zone;located=杭州市
合芜蚌国家自主创新示范区 | | kind=zone;located=合肥市,芜湖市,蚌埠市
宁波温州国家自主创新示范区 | | kind=zone;located=宁波市,温州市
苏州工业园区 | | kind=zone;located=苏州市
苏州高新区 | 苏州高新技术产业开发区 | kind=zone;located=苏州市
昆山经济技术开发区 | 昆山经开区 | kind=zone;located=昆山市
南京江北新区 | 江北新区 | kind=zone;located=南京市
杭州钱塘新区 | 钱塘新区 | kind=zone;located=杭州市
宁波前湾新区 | 前湾新区 | kind=zone;located=宁波市
绍兴滨海新区 | | kind=zone;located=绍兴市
南太湖新区 | 湖州南太湖新区 | kind=zone;located=湖州市
湾北新区 | 嘉兴湾北新区 | kind=zone;located=嘉兴市
金义新区 | | kind=zone;located=金华市
合肥滨湖新区 | | kind=zone;located=合肥市
上海漕河泾新兴技术开发区 | 漕河泾开发区|漕河泾 | kind=zone;located=上海市
上海漕河泾开发区海宁分区 | 上海漕河泾新兴技术开发区海宁分区 | kind=zone;located=海宁市
外高桥保税区 | 上海外高桥保税区 | kind=zone;located=上海市
洋山特殊综合保税区 | | kind=zone;located=上海市
中新嘉善现代产业合作园 | 中新嘉善现代产业园 | kind=zone;located=嘉善县
中新苏滁现代产业合作园 | | kind=zone;located=滁州市
中德(嘉兴)中小企业合作示范区 | | kind=zone;located=嘉兴市
中以(上海)创新园 | | kind=zone;located=上海市
沪苏大丰产业联动集聚区 | | kind=zone;located=盐城市
宁波前湾沪浙合作发展区 | | kind=zone;located=宁波市
嘉湖一体化合作先行区 | | kind=zone;located=嘉兴市,湖州市
杭嘉一体化合作先行区 | | kind=zone;located=杭州市,嘉兴市
长三角(湖州)产业合作区 | 长三角湖州产业合作区 | kind=zone;located=湖州市
一地六县长三角产业合作区 | 一地六县合作区 | kind=zone
上海国际金融中心 | | kind=platform;located=上海市
上海国际航运中心 | | kind=platform;located=上海市
上海国际贸易中心 | | kind=platform;located=上海市
上海国际科技创新中心 | 上海科创中心 | kind=platform;located=上海市
国家技术转移东部中心 | | kind=platform;located=上海市
长三角科技创新共同体 | | kind=platform
长三角一体化大数据中心 | | kind=facility
城西科创大走廊 | 杭州城西科创大走廊 | kind=platform;located=杭州市
杭州城东智造大走廊 | | kind=platform;located=杭州市
宁杭生态经济带 | | kind=platform
嘉兴科技城 | | kind=zone;located=嘉兴市
湖州科技城 | | kind=zone;located=湖州市
乌镇国家互联网创新发展综合试验区 | | kind=zone;located=桐乡市
南京国家级江北新区 | | kind=zone;located=南京市
崇明世界级生态岛 | | kind=programme;located=崇明区
湖州太湖实验室 | 太湖实验室 | kind=facility;located=湖州市
之江实验室 | | kind=facility;located=杭州市
西湖实验室 | | kind=facility;located=杭州市
紫金山实验室 | | kind=facility;located=南京市
莫干山实验室 | | kind=facility;located=湖州市
# events
中国国际进口博览会 | 进博会|中国国际进口博览会协同发展区 | kind=event;located=上海市
世界互联网大会 | 世界互联网大会乌镇峰会 | kind=event;located=桐乡市
世界人工智能大会 | | kind=event;located=上海市
虹桥国际经济论坛 | | kind=event;located=上海市
浦江创新论坛 | | kind=event;located=上海市
中国(上海)国际技术进出口交易会 | 上交会 | kind=event;located=上海市
长三角国际文化产业博览会 | | kind=event
世界智能制造大会 | | kind=event;located=南京市
世界制造业大会 | | kind=event;located=合肥市
杭州亚运会 | 第19届亚运会 | kind=event;located=杭州市
乌镇戏剧节 | | kind=event;located=桐乡市
# programmes and named campaigns
长江经济带发展 | | kind=programme
一带一路 | 一带一路倡议 | kind=programme
最多跑一次改革 | 最多跑一次 | kind=programme;located=浙江省
一网通办 | 长三角一网通办 | kind=programme
千村示范、万村整治工程 | 千万工程 | kind=programme;located=浙江省
数字经济一号工程 | | kind=programme;located=浙江省
四好农村路 | | kind=programme
# airports and ports
浦东国际机场 | 上海浦东国际机场|浦东机场 | kind=facility;located=上海市
虹桥国际机场 | 上海虹桥国际机场|虹桥机场 | kind=facility;located=上海市
南京禄口国际机场 | 禄口机场 | kind=facility;located=南京市
杭州萧山国际机场 | 萧山机场|萧山国际机场 | kind=facility;located=杭州市
合肥新桥国际机场 | 新桥机场 | kind=facility;located=合肥市
宁波栎社国际机场 | 栎社机场 | kind=facility;located=宁波市
苏南硕放国际机场 | 苏南硕放机场|硕放机场 | kind=facility;located=无锡市
嘉兴机场 | 嘉兴军民合用机场 | kind=facility;located=嘉兴市
南通新机场 | | kind=facility;located=南通市
上海东方枢纽 | 东方枢纽 | kind=facility;located=上海市
洋山深水港 | 洋山港|上海洋山深水港 | kind=facility;located=上海市
上海港 | | kind=facility;located=上海市
宁波舟山港 | | kind=facility;located=宁波市,舟山市
南京港 | | kind=facility;located=南京市
苏州港 | 苏州(太仓)港|太仓港 | kind=facility;located=苏州市
连云港港 | | kind=facility;located=连云港市
南通港 | | kind=facility;located=南通市
嘉兴港 | | kind=facility;located=嘉兴市
芜湖港 | | kind=facility;located=芜湖市
合肥港 | | kind=facility;located=合肥市
# rail lines (connects = places at the named ends or in the name)
沪宁城际铁路 | 沪宁城际|沪宁高铁 | kind=line;mode=rail;connects=上海市,南京市
沪杭高铁 | 沪杭客专|沪杭城际铁路 | kind=line;mode=rail;connects=上海市,杭州市
京沪高铁 | 京沪高速铁路 | kind=line;mode=rail;connects=北京市,上海市
沪昆高铁 | | kind=line;mode=rail;connects=上海市,昆明市
宁杭高铁 | 宁杭客专 | kind=line;mode=rail;connects=南京市,杭州市
杭甬高铁 | 杭甬客专 | kind=line;mode=rail;connects=杭州市,宁波市
合宁铁路 | 合宁高铁 | kind=line;mode=rail;connects=合肥市,南京市
合杭高铁 | 商合杭铁路|商合杭高铁 | kind=line;mode=rail;connects=商丘市,合肥市,杭州市
沪通铁路 | 沪苏通铁路 | kind=line;mode=rail;connects=上海市,苏州市,南通市
沪通铁路一期 | | kind=line;mode=rail;connects=上海市,苏州市,南通市
沪通铁路二期 | | kind=line;mode=rail;connects=上海市,南通市
沪苏湖高铁 | 沪苏湖铁路 | kind=line;mode=rail;connects=上海市,苏州市,湖州市
北沿江高铁 | 北沿江高速铁路 | kind=line;mode=rail;connects=上海市,南通市,南京市,合肥市
南沿江城际铁路 | 南沿江铁路 | kind=line;mode=rail;connects=南京市,常州市,无锡市,苏州市
沿江高铁 | 沿江高速铁路 | kind=line;mode=rail
通苏嘉甬铁路 | 通苏嘉甬高铁 | kind=line;mode=rail;connects=南通市,苏州市,嘉兴市,宁波市
沪乍杭铁路 | | kind=line;mode=rail;connects=上海市,乍浦镇,杭州市
沪嘉城际铁路 | 沪嘉城际 | kind=line;mode=rail;connects=上海市,嘉兴市
沪平城际铁路 | 沪平城际 | kind=line;mode=rail;connects=上海市,平湖市
嘉湖城际铁路 | 嘉湖城际 | kind=line;mode=rail;connects=嘉兴市,湖州市
杭海城际铁路 | 杭海城际 | kind=line;mode=rail;connects=杭州市,海宁市
杭绍城际铁路 | 杭绍城际 | kind=line;mode=rail;connects=杭州市,绍兴市
杭德城际铁路 | 杭德城际 | kind=line;mode=rail;connects=杭州市,德清县
杭临绩铁路 | 杭临绩高铁 | kind=line;mode=rail;connects=杭州市,临安区,绩溪县
杭绍台铁路 | 杭绍台高铁 | kind=line;mode=rail;connects=杭州市,绍兴市,台州市
杭温铁路 | 杭温高铁 | kind=line;mode=rail;connects=杭州市,温州市
金甬铁路 | | kind=line;mode=rail;connects=金华市,宁波市
甬舟铁路 | | kind=line;mode=rail;connects=宁波市,舟山市
温武吉铁路 | | kind=line;mode=rail;connects=温州市,武夷山市,吉安市
盐通铁路 | 盐通高铁 | kind=line;mode=rail;connects=盐城市,南通市
连镇铁路 | 连淮扬镇铁路 | kind=line;mode=rail;connects=连云港市,淮安市,扬州市,镇江市
宁淮铁路 | 宁淮城际 | kind=line;mode=rail;connects=南京市,淮安市
宁芜铁路 | | kind=line;mode=rail;connects=南京市,芜湖市
宁宣黄铁路 | 宁宣黄高铁 | kind=line;mode=rail;connects=南京市,宣城市,黄山市
宁马城际铁路 | 宁马城际 | kind=line;mode=rail;connects=南京市,马鞍山市
宁扬城际铁路 | 宁扬城际 | kind=line;mode=rail;connects=南京市,扬州市
宁句城际铁路 | 宁句城际 | kind=line;mode=rail;connects=南京市,句容市
苏锡常城际铁路 | 苏锡常城际 | kind=line;mode=rail;connects=苏州市,无锡市,常州市
合新高铁 | 合新铁路 | kind=line;mode=rail;connects=合肥市,新沂市
合安高铁 | | kind=line;mode=rail;connects=合肥市,安庆市
合武高铁 | 沪汉蓉高铁 | kind=line;mode=rail;connects=合肥市,武汉市
昌景黄铁路 | 昌景黄高铁 | kind=line;mode=rail;connects=南昌市,景德镇市,黄山市
池黄高铁 | 池黄铁路 | kind=line;mode=rail;connects=池州市,黄山市
杭黄高铁 | 杭黄铁路 | kind=line;mode=rail;connects=杭州市,黄山市
衢丽铁路 | | kind=line;mode=rail;connects=衢州市,丽水市
京港高铁 | | kind=line;mode=rail;connects=北京市,香港特别行政区
上海市域铁路机场联络线 | 机场联络线 | kind=line;mode=rail;connects=上海市
上海轨道交通17号线 | 轨道交通17号线 | kind=line;mode=rail;connects=上海市
上海轨道交通11号线 | 轨道交通11号线 | kind=line;mode=rail;connects=上海市,昆山市
# roads and bridges
沪宁高速 | 沪宁高速公路|G42沪蓉高速 | kind=line;mode=road;connects=上海市,南京市
沪杭甬高速 | 沪杭甬高速公路 | kind=line;mode=road;connects=上海市,杭州市,宁波市
京沪高速 | G2京沪高速|京沪高速公路 | kind=line;mode=road;connects=北京市,上海市
沈海高速 | G15沈海高速|沈海高速公路 | kind=line;mode=road;connects=沈阳市,海口市
沪昆高速 | G60沪昆高速|沪昆高速公路 | kind=line;mode=road;connects=上海市,昆明市
沪渝高速 | G50沪渝高速 | kind=line;mode=road;connects=上海市,重庆市
沪陕高速 | G40沪陕高速 | kind=line;mode=road;connects=上海市,西安市
杭宁高速 | 宁杭高速 | kind=line;mode=road;connects=杭州市,南京市
申嘉湖高速 | 申嘉湖杭高速 | kind=line;mode=road;connects=上海市,嘉兴市,湖州市
苏台高速 | | kind=line;mode=road;connects=苏州市,台州市
杭州湾跨海大桥 | 杭州湾大桥 | kind=line;mode=bridge;connects=嘉兴市,宁波市
东海大桥 | | kind=line;mode=bridge;connects=上海市
东海二桥 | | kind=line;mode=bridge;connects=上海市
苏通长江大桥 | 苏通大桥 | kind=line;mode=bridge;connects=苏州市,南通市
沪苏通长江公铁大桥 | | kind=line;mode=bridge;connects=苏州市,南通市
崇启大桥 | | kind=line;mode=bridge;connects=崇明区,启东市
崇海大桥 | 崇海通道 | kind=line;mode=bridge;connects=崇明区,海门区
常泰长江大桥 | 常泰过江通道 | kind=line;mode=bridge;connects=常州市,泰州市
润扬长江大桥 | | kind=line;mode=bridge;connects=镇江市,扬州市
钱江通道 | | kind=line;mode=tunnel;connects=嘉兴市,杭州市
沪舟甬跨海通道 | 沪甬跨海通道|沪舟甬通道 | kind=line;mode=bridge;connects=上海市,舟山市,宁波市
甬舟跨海大桥 | 舟山跨海大桥 | kind=line;mode=bridge;connects=宁波市,舟山市
上海长江隧桥 | 长江隧桥 | kind=line;mode=tunnel;connects=上海市,崇明区
# waterways
长湖申线 | 长湖申航道 | kind=line;mode=waterway;connects=长兴县,湖州市,上海市
杭平申线 | 杭平申航道 | kind=line;mode=waterway;connects=杭州市,平湖市,上海市
湖嘉申线 | 湖嘉申航道 | kind=line;mode=waterway;connects=湖州市,嘉兴市,上海市
苏申内港线 | | kind=line;mode=waterway;connects=苏州市,上海市
苏申外港线 | | kind=line;mode=waterway;connects=苏州市,上海市
京杭运河航道 | | kind=line;mode=waterway
芜申运河 | 芜申线 | kind=line;mode=waterway;connects=芜湖市,上海市
引江济淮工程 | 引江济淮 | kind=line;mode=waterway;connects=安徽省
杭甬运河航道 | | kind=line;mode=waterway;connects=杭州市,宁波市
# energy lines
皖电东送 | | kind=line;mode=power;connects=安徽省
西气东输 | | kind=line;mode=pipeline
川气东送 | | kind=line;mode=pipeline;connects=四川省
江苏沿海输气管道 | | kind=line;mode=pipeline;connects=江苏省
苏皖天然气管道 | | kind=line;mode=pipeline;connects=江苏省,安徽省
浙沪联络线 | | kind=line;mode=pipeline;connects=浙江省,上海市
浙苏联络线 | | kind=line;mode=pipeline;connects=浙江省,江苏省
中俄东线 | 中俄东线天然气管道 | kind=line;mode=pipeline
宁波舟山LNG接收站 | | kind=facility;located=宁波市
洋山LNG接收站 | | kind=facility;located=上海市
"""
