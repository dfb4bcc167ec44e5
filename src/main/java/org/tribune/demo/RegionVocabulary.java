package org.tribune.demo;

import java.util.List;

/**
 * Topic vocabularies for the regional family. Capitals that also serve as general actors (see
 * {@link CorpusVocabulary#ACTORS}) are deliberately left out here so that they do not blur the regional clusters.
 */
final class RegionVocabulary {

    private static final String FAMILY = "regions";

    static final List<CorpusTopic> TOPICS = List.of(
            CorpusTopic.of(FAMILY, "east-asia", "East Asia | 东亚 | 東亞", """
                    regional order | 地区秩序 | 地區秩序
                    trilateral summit | 三边峰会 | 三邊峰會
                    historical grievances | 历史积怨 | 歷史積怨
                    Northeast Asian security | 东北亚安全 | 東北亞安全
                    regional economic partnership | 区域经济伙伴关系 | 區域經濟夥伴關係
                    Japan-China relations | 中日关系 | 中日關係
                    Okinawa | 冲绳 | 沖繩
                    the East China Sea | 东海 | 東海
                    pacifist constitution | 和平宪法 | 和平憲法
                    the Self-Defense Forces | 自卫队 | 自衛隊
                    Mongolia | 蒙古 | 蒙古
                    regional hegemony | 地区霸权 | 地區霸權
                    Japanese rearmament | 日本重新武装 | 日本重新武裝
                    the Yellow Sea | 黄海 | 黃海
                    memory politics | 记忆政治 | 記憶政治
                    soft balancing | 软制衡 | 軟制衡
                    fisheries dispute | 渔业纠纷 | 漁業糾紛
                    demographic decline | 人口减少 | 人口減少
                    Asian regionalism | 亚洲区域主义 | 亞洲區域主義
                    economic interdependence | 经济相互依存 | 經濟相互依存
                    great-power rivalry | 大国博弈 | 大國博弈
                    """),
            CorpusTopic.of(FAMILY, "taiwan-strait", "Taiwan Strait | 台湾海峡 | 臺灣海峽", """
                    cross-strait relations | 两岸关系 | 兩岸關係
                    median line | 海峡中线 | 海峽中線
                    Kinmen | 金门 | 金門
                    Penghu | 澎湖 | 澎湖
                    status quo | 现状 | 現狀
                    Taipei | 台北 | 臺北
                    Kaohsiung | 高雄 | 高雄
                    strategic ambiguity | 战略模糊 | 戰略模糊
                    air defense identification zone | 防空识别区 | 防空識別區
                    arms sales | 军售 | 軍售
                    blockade scenario | 封锁情景 | 封鎖情景
                    amphibious operations | 两栖作战 | 兩棲作戰
                    the Legislative Yuan | 立法院 | 立法院
                    foundry industry | 晶圆代工业 | 晶圓代工業
                    Matsu | 马祖 | 馬祖
                    gray-zone pressure | 灰色地带施压 | 灰色地帶施壓
                    island defense | 岛屿防卫 | 島嶼防衛
                    deterrence by denial | 拒止性威慑 | 拒止性威懾
                    cross-strait trade | 两岸贸易 | 兩岸貿易
                    strait transits | 穿越海峡航行 | 穿越海峽航行
                    Taiwanese voters | 台湾选民 | 臺灣選民
                    """),
            CorpusTopic.of(FAMILY, "korean-peninsula", "Korean Peninsula | 朝鲜半岛 | 朝鮮半島", """
                    Pyongyang | 平壤 | 平壤
                    Seoul | 首尔 | 首爾
                    demilitarized zone | 非军事区 | 非軍事區
                    inter-Korean dialogue | 朝韩对话 | 朝韓對話
                    denuclearization | 无核化 | 無核化
                    ballistic missile launch | 弹道导弹发射 | 彈道導彈發射
                    Kaesong | 开城 | 開城
                    armistice | 停战协定 | 停戰協定
                    Yongbyon | 宁边 | 寧邊
                    family reunions | 离散家属团聚 | 離散家屬團聚
                    six-party talks | 六方会谈 | 六方會談
                    the Northern Limit Line | 北方界线 | 北方界線
                    joint security area | 共同警备区 | 共同警備區
                    regime survival | 政权生存 | 政權生存
                    unification policy | 统一政策 | 統一政策
                    the Sunshine Policy | 阳光政策 | 陽光政策
                    Busan | 釜山 | 釜山
                    nuclear test | 核试验 | 核試驗
                    North Korean escapees | 脱北者 | 脫北者
                    the Korean War | 朝鲜战争 | 朝鮮戰爭
                    """),
            CorpusTopic.of(FAMILY, "south-asia", "South Asia | 南亚 | 南亞", """
                    the Line of Actual Control | 实际控制线 | 實際控制線
                    the Himalayan border | 喜马拉雅边境 | 喜馬拉雅邊境
                    Kashmir | 克什米尔 | 克什米爾
                    Islamabad | 伊斯兰堡 | 伊斯蘭堡
                    Dhaka | 达卡 | 達卡
                    Colombo | 科伦坡 | 科倫坡
                    Kathmandu | 加德满都 | 加德滿都
                    the Indian Ocean | 印度洋 | 印度洋
                    subcontinent | 次大陆 | 次大陸
                    the Bay of Bengal | 孟加拉湾 | 孟加拉灣
                    the Indus Waters Treaty | 印度河水条约 | 印度河水條約
                    strategic autonomy | 战略自主 | 戰略自主
                    nonalignment | 不结盟 | 不結盟
                    Hambantota port | 汉班托塔港 | 漢班托塔港
                    Chabahar port | 恰巴哈尔港 | 恰巴哈爾港
                    Afghanistan | 阿富汗 | 阿富汗
                    Maldives | 马尔代夫 | 馬爾代夫
                    the India-Pakistan rivalry | 印巴对峙 | 印巴對峙
                    Bhutan | 不丹 | 不丹
                    SAARC | 南盟 | 南盟
                    """),
            CorpusTopic.of(FAMILY, "southeast-asia", "Southeast Asia | 东南亚 | 東南亞", """
                    ASEAN | 东盟 | 東盟
                    ASEAN centrality | 东盟中心地位 | 東盟中心地位
                    the Mekong River | 湄公河 | 湄公河
                    the Strait of Malacca | 马六甲海峡 | 馬六甲海峽
                    Jakarta | 雅加达 | 雅加達
                    Hanoi | 河内 | 河內
                    Manila | 马尼拉 | 馬尼拉
                    code of conduct | 行为准则 | 行為準則
                    hedging strategy | 对冲战略 | 對沖戰略
                    Bangkok | 曼谷 | 曼谷
                    Myanmar junta | 缅甸军政府 | 緬甸軍政府
                    Kuala Lumpur | 吉隆坡 | 吉隆坡
                    Singapore | 新加坡 | 新加坡
                    maritime claims | 海洋主张 | 海洋主張
                    Cambodia | 柬埔寨 | 柬埔寨
                    archipelagic states | 群岛国家 | 群島國家
                    the South China Sea | 南海 | 南海
                    regional forum | 地区论坛 | 地區論壇
                    Laos | 老挝 | 老撾
                    Vietnam | 越南 | 越南
                    """),
            CorpusTopic.of(FAMILY, "middle-east", "Middle East | 中东 | 中東", """
                    the Gulf states | 海湾国家 | 海灣國家
                    Tehran | 德黑兰 | 德黑蘭
                    Riyadh | 利雅得 | 利雅得
                    normalization agreements | 关系正常化协议 | 關係正常化協議
                    proxy conflict | 代理人冲突 | 代理人衝突
                    the Red Sea | 红海 | 紅海
                    the Strait of Hormuz | 霍尔木兹海峡 | 霍爾木茲海峽
                    the Levant | 黎凡特 | 黎凡特
                    postwar reconstruction | 战后重建 | 戰後重建
                    Syria | 叙利亚 | 敘利亞
                    Iraq | 伊拉克 | 伊拉克
                    the Suez Canal | 苏伊士运河 | 蘇伊士運河
                    Yemen | 也门 | 也門
                    Lebanon | 黎巴嫩 | 黎巴嫩
                    the Gulf Cooperation Council | 海湾合作委员会 | 海灣合作委員會
                    two-state solution | 两国方案 | 兩國方案
                    regional de-escalation | 地区缓和 | 地區緩和
                    Doha | 多哈 | 多哈
                    sovereign wealth fund | 主权财富基金 | 主權財富基金
                    Abu Dhabi | 阿布扎比 | 阿布扎比
                    """),
            CorpusTopic.of(FAMILY, "europe", "Europe | 欧洲 | 歐洲", """
                    the European Commission | 欧盟委员会 | 歐盟委員會
                    the European defense union | 欧洲防务联盟 | 歐洲防務聯盟
                    eurozone | 欧元区 | 歐元區
                    EU enlargement | 欧盟扩大 | 歐盟擴大
                    the Franco-German partnership | 法德轴心 | 法德軸心
                    single market | 单一市场 | 單一市場
                    the European Parliament | 欧洲议会 | 歐洲議會
                    the Baltic states | 波罗的海国家 | 波羅的海國家
                    the Western Balkans | 西巴尔干 | 西巴爾幹
                    the Schengen area | 申根区 | 申根區
                    unanimity rule | 一致同意规则 | 一致同意規則
                    Warsaw | 华沙 | 華沙
                    the Nordic countries | 北欧国家 | 北歐國家
                    populist parties | 民粹政党 | 民粹政黨
                    Brexit | 英国脱欧 | 英國脫歐
                    rotating Council presidency | 轮值主席国 | 輪值主席國
                    recovery fund | 复苏基金 | 復甦基金
                    transatlantic relations | 跨大西洋关系 | 跨大西洋關係
                    the Mediterranean | 地中海 | 地中海
                    Rome | 罗马 | 羅馬
                    """),
            CorpusTopic.of(FAMILY, "russia-and-eurasia", "Russia and Eurasia | 俄罗斯与欧亚 | 俄羅斯與歐亞", """
                    the Kremlin | 克里姆林宫 | 克里姆林宮
                    Central Asia | 中亚 | 中亞
                    the Caucasus | 高加索 | 高加索
                    the Black Sea | 黑海 | 黑海
                    Kyiv | 基辅 | 基輔
                    frozen conflict | 冻结冲突 | 凍結衝突
                    the Eurasian Economic Union | 欧亚经济联盟 | 歐亞經濟聯盟
                    post-Soviet space | 后苏联空间 | 後蘇聯空間
                    Astana | 阿斯塔纳 | 阿斯塔納
                    Tbilisi | 第比利斯 | 第比利斯
                    Minsk | 明斯克 | 明斯克
                    war of attrition | 消耗战 | 消耗戰
                    partial mobilization | 局部动员 | 局部動員
                    Donbas | 顿巴斯 | 頓巴斯
                    Crimea | 克里米亚 | 克里米亞
                    Siberia | 西伯利亚 | 西伯利亞
                    transit fees | 过境费 | 過境費
                    oligarchs | 寡头 | 寡頭
                    Baku | 巴库 | 巴庫
                    the Collective Security Treaty Organization | 集体安全条约组织 | 集體安全條約組織
                    """),
            CorpusTopic.of(FAMILY, "africa", "Africa | 非洲 | 非洲", """
                    the African Union | 非洲联盟 | 非洲聯盟
                    the Sahel | 萨赫勒 | 薩赫勒
                    the Horn of Africa | 非洲之角 | 非洲之角
                    Addis Ababa | 亚的斯亚贝巴 | 亞的斯亞貝巴
                    Nairobi | 内罗毕 | 內羅畢
                    Lagos | 拉各斯 | 拉各斯
                    continental free trade area | 非洲大陆自由贸易区 | 非洲大陸自由貿易區
                    military coup | 军事政变 | 軍事政變
                    the Great Lakes region | 大湖地区 | 大湖地區
                    mineral wealth | 矿产财富 | 礦產財富
                    the Gulf of Guinea | 几内亚湾 | 幾內亞灣
                    youth bulge | 青年人口膨胀 | 青年人口膨脹
                    Sudan | 苏丹 | 蘇丹
                    Ethiopia | 埃塞俄比亚 | 埃塞俄比亞
                    Kinshasa | 金沙萨 | 金沙薩
                    Pretoria | 比勒陀利亚 | 比勒陀利亞
                    Dakar | 达喀尔 | 達喀爾
                    regional economic communities | 次区域经济共同体 | 次區域經濟共同體
                    mobile money | 移动支付 | 移動支付
                    cobalt mining | 钴矿开采 | 鈷礦開採
                    """),
            CorpusTopic.of(FAMILY, "latin-america", "Latin America | 拉丁美洲 | 拉丁美洲", """
                    Mercosur | 南方共同市场 | 南方共同市場
                    the Andean region | 安第斯地区 | 安第斯地區
                    Brazil | 巴西 | 巴西
                    Buenos Aires | 布宜诺斯艾利斯 | 布宜諾斯艾利斯
                    Mexico City | 墨西哥城 | 墨西哥城
                    the Amazon basin | 亚马孙流域 | 亞馬孫流域
                    Bogota | 波哥大 | 波哥大
                    lithium triangle | 锂三角 | 鋰三角
                    the Pacific Alliance | 太平洋联盟 | 太平洋聯盟
                    the Caribbean | 加勒比地区 | 加勒比地區
                    the Panama Canal | 巴拿马运河 | 巴拿馬運河
                    commodity boom | 大宗商品繁荣 | 大宗商品繁榮
                    pink tide | 粉红浪潮 | 粉紅浪潮
                    Santiago | 圣地亚哥 | 聖地亞哥
                    Lima | 利马 | 利馬
                    Caracas | 加拉加斯 | 加拉加斯
                    Havana | 哈瓦那 | 哈瓦那
                    hemispheric relations | 西半球关系 | 西半球關係
                    cartel violence | 贩毒集团暴力 | 販毒集團暴力
                    the Southern Cone | 南锥体 | 南錐體
                    """));

    private RegionVocabulary() {}
}
