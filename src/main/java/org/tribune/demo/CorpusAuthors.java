package org.tribune.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invented contributors: 200 bylines built by pairing name parts, so the roster is large without 200 table
 * rows. Every part carries its English, Simplified and Traditional form, so Chinese bylines are never converted.
 */
final class CorpusAuthors {

    private static final List<Phrase> CHINESE_SURNAMES = Phrase.table("""
            Zhou | 周 | 周
            Lin | 林 | 林
            Chen | 陈 | 陳
            Huang | 黄 | 黃
            Zhao | 赵 | 趙
            Xu | 许 | 許
            Sun | 孙 | 孫
            Ma | 马 | 馬
            He | 何 | 何
            Guo | 郭 | 郭
            Luo | 罗 | 羅
            Liang | 梁 | 梁
            Song | 宋 | 宋
            Zheng | 郑 | 鄭
            Xie | 谢 | 謝
            Han | 韩 | 韓
            Tang | 唐 | 唐
            Feng | 冯 | 馮
            Deng | 邓 | 鄧
            Ye | 叶 | 葉
            """);

    private static final List<Phrase> CHINESE_GIVEN_NAMES = Phrase.table("""
            Mingyuan | 明远 | 明遠
            Yuhan | 雨涵 | 雨涵
            Jiawei | 佳薇 | 佳薇
            Zhiheng | 志衡 | 志衡
            Shuyi | 书仪 | 書儀
            Haoran | 浩然 | 浩然
            Xinyue | 欣悦 | 欣悅
            Qingsong | 青松 | 青松
            Wenjing | 文静 | 文靜
            Ruolan | 若兰 | 若蘭
            Kaiwen | 凯文 | 凱文
            Yiran | 怡然 | 怡然
            Junjie | 俊杰 | 俊傑
            Lihua | 丽华 | 麗華
            Tianyu | 天宇 | 天宇
            Siqi | 思齐 | 思齊
            Huilan | 慧兰 | 慧蘭
            Chenxi | 晨曦 | 晨曦
            Boyang | 博洋 | 博洋
            Shuhan | 书涵 | 書涵
            """);

    private static final List<Phrase> WESTERN_GIVEN_NAMES = Phrase.table("""
            Clara | 克拉拉 | 克拉拉
            Tobias | 托比亚斯 | 托比亞斯
            Miriam | 米里亚姆 | 米里亞姆
            Julian | 朱利安 | 朱利安
            Ingrid | 英格丽德 | 英格麗德
            Rafael | 拉斐尔 | 拉斐爾
            Helena | 海伦娜 | 海倫娜
            Declan | 德克兰 | 德克蘭
            Nadia | 纳迪娅 | 納迪婭
            Felix | 费利克斯 | 費利克斯
            Petra | 佩特拉 | 佩特拉
            Oscar | 奥斯卡 | 奧斯卡
            Leona | 莉奥娜 | 莉奧娜
            Mateo | 马特奥 | 馬特奧
            Greta | 格蕾塔 | 格蕾塔
            Simon | 西蒙 | 西蒙
            Elise | 埃莉斯 | 埃莉斯
            Adrian | 阿德里安 | 阿德里安
            Vera | 薇拉 | 薇拉
            Hugo | 雨果 | 雨果
            """);

    private static final List<Phrase> WESTERN_SURNAMES = Phrase.table("""
            Whitfield | 惠特菲尔德 | 惠特菲爾德
            Brennan | 布伦南 | 布倫南
            Castell | 卡斯特尔 | 卡斯特爾
            Dunmore | 邓莫尔 | 鄧莫爾
            Everly | 埃弗利 | 埃弗利
            Fenwick | 芬威克 | 芬威克
            Garrow | 加罗 | 加羅
            Hollis | 霍利斯 | 霍利斯
            Ingram | 英格拉姆 | 英格拉姆
            Kessler | 凯斯勒 | 凱斯勒
            Lindqvist | 林德奎斯特 | 林德奎斯特
            Marlowe | 马洛 | 馬洛
            Navarro | 纳瓦罗 | 納瓦羅
            Okafor | 奥卡福 | 奧卡福
            Pellegrini | 佩莱格里尼 | 佩萊格里尼
            Quinlan | 昆兰 | 昆蘭
            Ravenscroft | 雷文斯克罗夫特 | 雷文斯克羅夫特
            Sorensen | 索伦森 | 索倫森
            Thorne | 索恩 | 索恩
            Wexler | 韦克斯勒 | 韋克斯勒
            """);

    /** Surname-first Chinese bylines, then Western ones; the order is fixed so seeds stay reproducible. */
    static final List<CorpusAuthor> ALL = roster();

    private CorpusAuthors() {}

    private static List<CorpusAuthor> roster() {
        List<CorpusAuthor> authors = new ArrayList<>();
        pair(CHINESE_SURNAMES, CHINESE_GIVEN_NAMES, "", authors);
        pair(WESTERN_GIVEN_NAMES, WESTERN_SURNAMES, "·", authors);
        return List.copyOf(authors);
    }

    /** Keeps every fourth combination, so each part recurs but no two authors share a full name. */
    private static void pair(
            List<Phrase> firsts, List<Phrase> seconds, String chineseSeparator, List<CorpusAuthor> out) {
        for (int i = 0; i < firsts.size(); i++) {
            for (int j = 0; j < seconds.size(); j++) {
                if ((i + j) % 4 == 0) {
                    out.add(author(firsts.get(i), seconds.get(j), chineseSeparator));
                }
            }
        }
    }

    private static CorpusAuthor author(Phrase first, Phrase second, String chineseSeparator) {
        Phrase name = new Phrase(
                first.en() + " " + second.en(),
                first.hans() + chineseSeparator + second.hans(),
                first.hant() + chineseSeparator + second.hant());
        return new CorpusAuthor(name.en().toLowerCase(Locale.ROOT).replace(' ', '-'), name);
    }
}
