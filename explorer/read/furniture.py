"""Page furniture: what a web page puts around a report (editors, 来源, dates of publication, counters, share
links, lone separators). Found with a reason, kept out of units, initiatives and figures, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.read.courts import is_body
from explorer.read.texttables import MAX_CELL  # a table cell's characters, as the table reader reads them

# A heading of the page's related links (相关文章, 【相关链接】, 相关报道：): the headlines below it are links too
RELATED_RE = re.compile(
    r"^\s*[【\[]?\s*(?:(?:相关|推荐|延伸)(?:文章|阅读|新闻|链接|报道)|(?:新闻|文章|热点)推荐)\s*[】\]]?\s*[:：]?\s*$"
)

# A line this short that holds one of these words is the page's, not the report's.
LINE_LIMIT = 80
CAPTION_LIMIT = 40
SENTENCE_END_RE = re.compile("[。！？!?]")
_VALUE = r"""\s*(?:"[^"\n]*"|'[^'\n]*')"""  # an attribute's value in markup, in either quotes
_ACCOUNT = "(?:(?:官方)?(?:微信|微博)|无障碍|手机版|电脑版|长者模式)"  # a site's accounts and aids, named on its links
# Reason, pattern: the first that matches a short line names it.
LINE_RULES = (
    ("separator", re.compile(r"^[|｜/\\\-—_=*·•~#＊?？\s]+$")),
    (
        "editor",
        re.compile(
            r"(?:责任编辑|责编|编辑|编审|监审|审核|校对|作者|记者|通讯员|摄影|撰稿|供稿|文字|图片|文源)\s*[:：|｜丨]"
        ),
    ),
    (
        "source",
        re.compile(
            r"(?:来源|稿源|转自)\s*[:：]|^[\u4e00-\u9fff]{2,10}(?:网|社|报)(?:讯|电)\W*$"
            r"|^\s*(?:Original URL|原文(?:链接|地址|网址))\s*[:：]\s*\S+\s*$",  # an archive's line of the page it kept
            re.I,
        ),
    ),
    (
        "published",
        re.compile(
            r"发布(?:时间|日期)|发文日期|发稿时间|更新时间|^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
            r"|[|｜]\s*\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{1,2}-\d{1,2}[^|｜]{0,20}[|｜]"
        ),
    ),
    ("metadata", re.compile(r"效力级别|时效性|有效性\s*[:：]|发文字号|发文机关|索引号|主题分类|文号\s*[:：]")),
    (
        "counter",
        re.compile(
            r"\d+\s*条评论|网友评论|评论\s*[(（]?\d|(?:浏览|阅读|点击|访问)(?:次数|量|数)\s*(?:[:：]|\d|$)"
            r"|(?:浏览|阅读|点击)\s*[:：]?\s*\d+\s*次?$|已有\d+人(?:参与|评论|阅读|浏览)|位访客"
            r"|^\s*(?:浏览|阅读|点击)\s*[:：]\s*$"  # the counter's label, its number left out (点击:)
            r"|共有\s*\d+\s*位网友|^\s*(?:查看(?:所有|全部)评论|发表评论|最新评论|最热评论)\s*$"  # a comment box's
        ),
    ),
    (
        "share",
        re.compile(
            r"分享到|打印本页|打印|^\s*列印\S{0,6}\s*$|关闭窗口|返回顶部|收藏本页|【\s*大\s*中\s*小\s*】|(?:字号|字体)\s*[:：]|扫一扫|扫描二维码"
            r"|【\s*打\s*印\s*】|下载本文|^\s*(?:听新闻|放大镜)\s*$"  # a reader's tools (听新闻, 放大镜: a site's aids)
            r"|字号变[大小]"  # 字号变大| 字号变小
            r"|^\s*(?:点击)?下[载載](?:统计表|統計表|附件|全文|PDF|Excel|表格)\s*$"  # a link alone: 下载统计表
        ),
    ),
    (
        "navigation",
        re.compile(
            r"首页|官方网站|当前位置|您的位置|当前的位置|上一篇|下一篇|网站导航|网站地图|版权所有|Copyright|ICP备|公网安备|^目录$"
            r"|^\s*版权(?:及|与|和)?免责声明\s*[:：]?\s*$|^\s*楼主\s*$"  # a site's chrome
            r"|^\s*(?:登录|登陆|注册|退出)(?:\s+(?:登录|登陆|注册|退出))+\s*$"  # a site's account links
            r"|上一页|下一页|上一版|下一版|^\s*第\s*(?:\[?\d{1,4}+\]?\s*+){1,30}+页(?:\s*[,，]?\s*共\s*\[?\d{1,4}\]?\s*页)?\s*$"
            r"|^\s*【?\s*(?:第\s*\d{1,3}\s*页\s*){2,30}】?\s*$",
            # (a pager: 第 [1] [2] 页 共[8]页, 【 第1页 第2页 】, 上一页)
            re.I,
        ),
    ),
    (
        "footer",
        re.compile(
            r"^(?:地址|电话|邮编|传真|邮箱|联系电话|技术(?:服务|支持|电话)\w{0,2})\s*[:：]"
            r"|^\s*(?:网站)?投稿邮箱\s*[:：]|^\s*(?:新闻|广告)热线\s*[:：]"  # 网站投稿邮箱: boznews@163.com
            r"|^\s*联系电话\s*[(（][^()（）\n]{1,8}[)）]\s*[:：]"  # 联系电话(举报受理):
        ),
    ),
    ("promotion", re.compile(r"(?:范文|报告|总结|讲话|发言|心得|材料)\d{1,3}篇$")),
    ("contents", re.compile(r"^\d{1,2}[.、．]\s*\S.{0,40}?\s\d{1,4}$")),
    # an author line with a bar (文 |  陕西省西安市中级人民法院 赵雷), a byline with no colon (通讯员 张梦瑶)
    (
        "editor",
        re.compile(
            r"^\s*(?:文|图|记者|通讯员|作者|摄影)\s*[|｜/]|^\s*(?:本报)?(?:记者|通讯员|作者|摄影)(?:\s+[\u4e00-\u9fff·]{2,4})+\s*$"
        ),
    ),
    # a language switch (| English | 中文版), an e-paper's name and page (浙江法制报 数字报纸, 00004版:平安巷)
    (
        "navigation",
        re.compile(r"\bEnglish\b|中文版|数字报纸|电子报|^\s*(?:第\s*)?\d{1,5}\s*版\s*[:：]|^\s*版面\s*[:：]"),
    ),
    ("published", re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]\s*$")),  # a date and its weekday
    ("published", re.compile(r"^\s*最后修订日期\s*[:：]")),  # 最后修订日期： 2019年2月27日 (a page's last revision)
    ("metadata", re.compile(r"(?:^|\s)分类\s*[:：]")),  # 时间:2020年11月19日 分类:政法论文 次数:
    # a site's login box (邮件系统:, 用户名: 密码:) and an e-paper reader's fields (当前报纸名称:, 日期:08-12)
    ("navigation", re.compile(r"^\s*(?:邮件系统|用户名|密码|当前报纸名称|当前版面)\s*[:：]")),
    (
        "published",
        re.compile(r"^\s*(?:(?:日期|时间)\s*[:：]\s*[\d-]+|星期[一二三四五六日天])\s*$|^\s*日期查询\s*[:：]"),
    ),
    # a reporter of a named paper (法治日报记者 赵红旗, □ 刘阳 本报记者 钟伟)
    (
        "editor",
        re.compile(
            r"^\s*[□■]?\s*(?:[\u4e00-\u9fff]{1,4}\s+)?[\u4e00-\u9fff·]{0,12}记者"
            r"(?:\s+(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ 　][\u4e00-\u9fff](?![\u4e00-\u9fff])))+\s*$"  # (陈 璋)
        ),
    ),
    # (相关资料图), 【资料图】, (资料图片仅供参考)
    ("caption", re.compile(r"^\s*[（(【]\s*(?:相关)?资料图片?\s*(?:仅供参考)?\s*[)）】]\s*$")),
    ("counter", re.compile(r"^\s*本篇文章\s*\d+\s*字\s*[，,]\s*读完约\s*\d+\s*分钟\s*$")),  # a reading-time banner
    ("navigation", RELATED_RE),  # 相关文章, 【相关链接】: the page's links
    ("caption", re.compile(r"^\s*[（(]\s*图为[^()（）\n]{1,60}[)）]\s*$")),  # （图为法官在诉前调解）
    ("caption", re.compile(r"^\s*[\u4e00-\u9fff]{2,12}\s+图\s*$")),  # 重庆交巡警 图: a picture's credit line
    ("navigation", re.compile(r"^\s*[\[【]\s*[\]】]\s*$")),  # [ ]: a widget's empty brackets (字体: [ ])
    ("caption", re.compile(r"^\s*!\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)\s*[|｜]?\s*$")),  # ![]() : a page's picture
    ("caption", re.compile(r"^\s*图片\s*$")),  # a picture's placeholder word
    ("navigation", re.compile(r"^\s*【PDF版】\s*$")),  # an e-paper's link to its page
    # a picture's file name alone (微信图片_20230213155549.jpg)
    ("caption", re.compile(r"^\s*[\w\u4e00-\u9fff.-]{1,60}\.(?:jpe?g|png|gif|webp)\s*$", re.I)),
    ("published", re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}\s*$")),  # 29.12.2017  03:28
    ("share", re.compile(r"^\s*关注\s*[:：]\s*$|正文复制|复制链接")),
    ("footer", re.compile(r"热线\s*[:：]\s*\d")),  # 诉讼服务热线:12368
    # a newspaper's name alone (深圳特区报), or with its date and page between slashes (人民日报/2024 年/3 月/…)
    (
        "source",
        re.compile(
            r"^\s*[\u4e00-\u9fff]{2,6}(?:日报|晚报|特区报|法制报|法治报|时报|早报|商报|新闻网)\s*$"
            r"|^\s*[\u4e00-\u9fff]{2,8}(?:报|网)\s*/\s*\d{4}\s*年\s*/"
        ),
    ),
    # a site's search box and where-you-are line (站内搜索, 请输入查询的字符串:, 您现在的位置:…)
    ("navigation", re.compile(r"站内搜索|请输入|标题查询|内容查询|热点信息|现在的位置|栏目导航")),
    # a breadcrumb (新利平台 > 即时新闻 > 时政), or its rest on a line of its own (> 区情要闻  > 温州资讯)
    ("navigation", re.compile(r"^\s*[^>＞\n]{1,12}(?:\s*[>＞»]\s*[^>＞\n]{1,12}){2,}\s*$")),
    ("navigation", re.compile(r"^\s*[>＞»](?:\s*[^>＞\n]{1,12}\s*[>＞»])*\s*[^>＞\n]{1,12}$")),
    # a site's links to its accounts and aids, alone on a line (官方微博, 微信 | 微博, 无障碍)
    ("share", re.compile(rf"^\s*{_ACCOUNT}(?:\s*[|｜/]\s*{_ACCOUNT})*\s*$")),
    # a site's display tools and its links to submit or follow (配色方案, 字体大小 A A A, 投稿中心, 关注河南热线)
    ("share", re.compile(r"^\s*(?:配色方案|字体大小|字号大小)(?:\s|$)")),
    ("navigation", re.compile(r"^\s*(?:投稿中心|投稿入口|关注[\u4e00-\u9fff]{2,6}(?:热线|网|号))\s*$")),
    # a Taiwan paper's byline (记者王捷/台南报导), a mirror's date line (date 2025-11-18)
    (
        "editor",
        re.compile(
            r"^\s*(?:\d{4}/\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}\s*)?"  # (2025/10/17 15:59 记者王定传／台北报导)
            r"记者\s*[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*\s*[/／]\s*[\u4e00-\u9fff]{2,8}报导\s*$"
        ),
    ),
    # a paper's name over its date and time (自由时报/ 2014.11.18 00:00)
    ("published", re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*[/／]\s*\d{4}\.\d{1,2}\.\d{1,2}\s+\d{1,2}:\d{2}\s*$")),
    # a page's buttons and columns (加入收藏, 回到顶端, 社群留言, 热门: …, ◎同步新闻)
    ("share", re.compile(r"^\s*(?:加入收藏|回到顶端|回到顶部|返回顶部|社群留言)\s*$")),
    ("navigation", re.compile(r"^\s*热门\s*[:：]|^\s*◎[\u4e00-\u9fff]{2,8}\s*$")),
    ("navigation", re.compile(r"^\s*[\u4e00-\u9fff]{1,12}\s*\[[\u4e00-\u9fff]{2,8}\]\s*$")),  # 全国站 [进入分站]
    ("published", re.compile(r"^\s*date\s+\d{4}-\d{1,2}-\d{1,2}\s*$", re.I)),
    # a magazine's byline (张文静 (本刊记者 北京 100020) ■文)
    ("editor", re.compile(r"[(（]\s*本刊(?:特约)?(?:记者|通讯员|编辑)[^()（）\n]{0,30}[)）]\s*(?:■\s*文)?\s*$")),
    # a portal's account and rating widgets alone on a line (登录, 评分, 意见反馈 顶 踩 收藏, 更多 今日话题)
    (
        "share",
        re.compile(
            r"^\s*(?:登录|注册|评分|客服\s*设为首页|更多\s+(?:今日话题|24小时排行榜))\s*$"
            r"|^\s*(?:意见反馈|顶|踩|收藏)(?:\s+(?:意见反馈|顶|踩|收藏)){2,}\s*$"
        ),
    ),
    # a page's notices to its reader's browser or of a transcoding proxy (不支持Flash, 请更新您的浏览器, 百度…转码页面),
    # a site's logo and its account links (site logo: www.epochtimes.com, 登录 | 加入收藏夹)
    (
        "navigation",
        re.compile(
            r"^\s*(?:您的浏览器)?不支持Flash\s*$|^\s*请更新您的浏览器\s*$|^\s*site logo\s*[:：]|^\s*【字号】"
            r"|^\s*(?:收藏|访问)[\u4e00-\u9fff]{2,20}(?:出版社|网站|网)\s*$"  # 收藏…出版社: a bookmark link
            r"|^\s*(?:登录|注册|加入收藏夹?|设为首页)(?:\s*[|｜]\s*(?:登录|注册|加入收藏夹?|设为首页))+\s*$",
            re.I,
        ),
    ),
    # a page's tags (关键词: …, 标签: tags:), a breadcrumb from its home page in another language (Início » …), a
    # column's name spelled out between slashes (最/新/消/息 News)
    (
        "navigation",
        re.compile(
            r"^\s*(?:关键词|关键字|标签)\s*[:：]|^\s*(?:Início|Home)\s*[»>＞]"
            r"|^\s*(?:[\u4e00-\u9fff]/){2,}[\u4e00-\u9fff]\s*[A-Za-z]*\s*$"
        ),
    ),
    # a byline of writer and photographer (文﹕李向荣 图﹕黄冠华), an outlet's reporter (荔枝新闻北京工作部记者/许迪侃)
    (
        "editor",
        re.compile(
            r"^\s*文\s*[:：﹕]\s*[\u4e00-\u9fff·]{2,4}(?:\s+图\s*[:：﹕]\s*[\u4e00-\u9fff·]{2,4})?\s*$"
            r"|^\s*[\u4e00-\u9fff]{2,12}记者\s*[/／]\s*[\u4e00-\u9fff·]{2,4}\s*$"
            r"|^\s*[\u4e00-\u9fff]{2,8}[/／][\u4e00-\u9fff]{2,8}记者\s+[\u4e00-\u9fff·]{2,4}\s*$"  # 石榴云/…记者 隋云雁
        ),
    ),
    # a byline behind a box (□本报记者马岳君)
    (
        "editor",
        re.compile(
            r"^\s*[□■]\s*(?:本报)?(?:见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*$"
        ),
    ),
    ("navigation", re.compile(r"^\s*(?:close|arrow|高级搜索|全站热搜)\s*$", re.I)),  # a page's buttons
    # a portal's address and date (http://news.wenweipo.com [2014-10-16]), a date and time with the outlet's name
    # (2024-03-25 16:03 中国发展网), or the outlet's name first (中国人民公安大学出版社 2026/3/16 9:56:51)
    (
        "published",
        re.compile(
            r"^\s*https?://\S+\s+\[\d{4}-\d{1,2}-\d{1,2}\]"
            r"|^\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+[\u4e00-\u9fff]{2,8}(?:网|报|社)\s*$"
            r"|^\s*[\u4e00-\u9fff]{2,16}(?:出版社|网|报|社)\s+\d{4}/\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
        ),
    ),
    # a portal's section links alone on a line (新闻中心, 近期热点关注, 我要发布)
    ("navigation", re.compile(r"^\s*(?:新闻中心|资讯中心|近期热点关注|热点关注|我要发布|设为辩论话题)\s*$")),
    # a government portal's links to the bodies above it (中央人民政府网站 | 省委 | 省人大 | 省政府 | 省政协), a
    # skip link (跳过导航), a page viewer's page lines (Page 23 - 警政统计月报…, P. 23)
    (
        "navigation",
        re.compile(
            r"^\s*(?:[\u4e00-\u9fff]{2,10}\s*[|｜]\s*)*(?:[省市区县]委|[省市区县]人大|[省市区县]政府|[省市区县]政协)"
            r"(?:\s*[|｜]\s*[\u4e00-\u9fff]{2,10})+\s*$|^\s*(?:跳过导航|跳到主要内容|跳至主要内容)\s*$|^\s*Page\s+\d{1,4}\s+-\s|^\s*P\.\s*\d{1,4}\s*$"
        ),
    ),
    # a bracketed credit of a bureau's reporter (（中国日报甘肃记者站马静娜）); a copyright line spaced out (吉 林 日
    # 报 社 版 权 所 有…); a paper's date and page (7月28日 《人民法院报》第8版)
    ("editor", re.compile(r"^\s*[（(][\u4e00-\u9fff]{2,16}记者站[\u4e00-\u9fff·]{2,4}[)）]\s*$")),
    ("navigation", re.compile(r"版\s+权\s+所\s+有")),
    ("published", re.compile(r"^\s*\d{1,2}月\d{1,2}日\s*《[^》\n]{2,12}》\s*第\s*\d{1,3}\s*版\s*$")),
    # a paper's name and its issue's date (青岛日报 2023年01月10日), a writer and a content farm's name before a date
    # and time (张强律师 法律头条 2022-11-02 11:41:32)
    (
        "published",
        re.compile(
            r"^\s*[\u4e00-\u9fff]{2,8}(?:日报|晚报|报)\s+\d{4}年\d{1,2}月\d{1,2}日\s*$"
            r"|^\s*(?:[\u4e00-\u9fff]{2,10}\s+){1,3}\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
        ),
    ),
)
# A whole line of any length: what template sites wrap a copied text in.
ANY_LINE_RULES = (
    (
        "promotion",
        re.compile(
            r"小编为大家整理|网友为您整理|为大家整理的|供大家参考|供您参考|预览结束|免费获取|获取全文|定制代笔|联系老师"
        ),
    ),
    ("summary", re.compile(r"^\s*(?:摘要|核心提示|内容提要)\s*[:：]")),  # 核心提示:记者从…获悉,…
    ("caption", re.compile(r"^\s*▲.*[（(]\s*图\s*[／/].{1,20}[)）]\s*$")),  # ▲…。（图／记者陈崑福翻摄）
    # a page's notices to its reader's browser or of a transcoding proxy, and a site's terms of reuse
    (
        "navigation",
        re.compile(
            r"浏览器版本较旧|百度滤镜转码页面|^\s*[①1]?\s*凡本网注明[^\n]{0,60}版权均属|本平台仅提供信息存储服务"
            r"|only provides information storage services"  # (the same, in English)
        ),
    ),
    # a story's date line with its portal and paper (http://www.sina.com.cn 2007年11月19日07:27 北京日报)
    ("published", re.compile(r"^\s*https?://\S+\s+\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?:\s+\S{2,12})?\s*$")),
    # a site's greeting, its exclamation marks and all (您好!欢迎来到我们的网站!)
    (
        "navigation",
        re.compile(r"^\s*(?:您好\s*[!！,，]?\s*)?欢迎(?:来到|访问|光临)\S{0,16}?(?:网|网站|本站)\s*[!！]?\s*$"),
    ),
    ("source", re.compile(r"^\s*(?:免责)?声明\s*[:：]\s*本文(?:来源|转载|转自|摘自)")),  # 声明:本文来源于《…》
    # a site's copyright notice (声明:绵阳市场信息网内容版权所有,未经许可不得转载。)
    ("navigation", re.compile(r"^\s*(?:版权|免责)?声明\s*[:：][^\n]{0,40}?(?:版权所有|不得转载|禁止转载)")),
    # a photo caption that ends with its picture's credit: …才能達到收支平衡！（圖片摘自網路）, …夜景 供图 CFP,
    # …毒品（陈兵 摄）
    (
        "caption",
        re.compile(
            r"[（(]\s*(?:资料)?(?:图片|照片|图)\s*(?:摘自|来源|来自|源自|取自)[^()（）\n]{0,20}[)）]\s*$|\s供图\s*\w{0,10}$"
            r"|[（(]\s*[\u4e00-\u9fff]{2,4}\s*摄\s*[)）]\s*$"  # （陈兵 摄）
            r"|[（(][\u4e00-\u9fff]{2,10}(?:图片|供图|摄影|提供)[)）]\s*$"  # （治安警察局图片）, （高检署提供）
            r"|[。\s][\u4e00-\u9fff]{2,12}供图\s*$"  # …“十佳平安卫士”。北碚区委政法委供图
            r"|记者\s*[\u4e00-\u9fff]{2,4}\s*摄\s*$"  # …客户端记者 李裕锟 摄
            r"|[。\s](?:本报|报系)?资料照片?\s*$"  # …图为警方拦查酒测。本报资料照片
        ),
    ),
    # a reposting notice (文章来源: 番禺招聘网 https://…,转载请注明。), a prompt to follow the outlet (…欢迎扫描下方
    # 二维码关注湖北日报官方微博、微信。)
    ("source", re.compile(r"^\s*(?:文章)?来源\s*[:：][^\n]{0,80}?转载请注明\W*$")),
    ("share", re.compile(r"^\s*(?:编辑\s*[:：]\s*)?[^\n]{0,12}?欢迎扫描[^\n]{0,12}二维码关注[^\n]{0,30}$")),
    # a page's markup left in the text (nload="this.removeAttribute('width');" />): attributes, a tag's end
    ("markup", re.compile(rf"^\s*[\w:-]*={_VALUE}(?:\s+[\w:-]+={_VALUE})*\s*/?>\s*$")),
)
# Inside a line: (作者:薛勇秀), （记者 张三）.
BYLINE_RE = re.compile(r"[(（]\s*(?P<who>作者|记者|通讯员|责任编辑|编辑|来源|摄影|图片由)[^()（）\n]{0,30}[)）]")
# A news agency's tag glued to the first sentence: 【文匯專訊】; a paper's reporters in tortoise-shell brackets
# (〔自由时报记者张筱笛、项程镇/综合报导〕); the agency a text closes on (…超员车辆。 据新华社)
SOURCE_TAG_RE = re.compile(
    r"【[\u4e00-\u9fff]{1,8}(?:专讯|快讯|讯|电)】|〔[\u4e00-\u9fff]{0,8}记者[^〔〕\n]{1,60}〕"
    r"|(?<=[。！？])[ \t\u3000]*(?P<agency>据(?:新华社|[\u4e00-\u9fff]{2,8}(?:网|报|台)))[ \t\u3000]*$"
)
# A page's date glued before its first line (date 2025-08-18 「中部5县市…论坛」今天…)
DATE_TAG_RE = re.compile(r"^\s*date\s+\d{4}-\d{1,2}-\d{1,2}(?=\s+\S)", re.I)
# A contributor's court and name in brackets closing the text's last sentence: …违纪。(宜良县法院 李翠花)
# …or the writer's name alone after the last sentence's mark: …作出更大贡献。(凌兰馨)
_WRITER = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2}(?=\s*[)）]))"  # (杨 波: spaced)
CLOSING_BYLINE_RE = re.compile(
    r"[(（]\s*[\u4e00-\u9fff]{2,20}?(?:法院|法庭|中院|高院)(?:\s+[\u4e00-\u9fff·]{2,4})+\s*[)）]\s*$"
    rf"|(?<=[。！？…])\s*[(（]\s*(?!下同|同上|待续|未完|完|节选|略){_WRITER}(?:\s+{_WRITER})*\s*[)）]\s*$"
    r"|(?<=[。！？…])\s*[(（]\s*供稿\s*[:：][^()（）\n]{1,40}[)）]\s*$"  # …作出贡献。(供稿:遂宁市公安局船山区分局)
)
# the writers' names alone in brackets on the line below a story's last sentence ((李继远 李汉雄 林峰))
NAMES_ALONE_RE = re.compile(
    r"^\s*[(（]\s*(?!下同|同上|待续|未完|完|节选|略)[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*[)）]\s*$"
)
# 本报讯 at the head of a paragraph below a newspaper's headline and byline: the paper's, not the report's.
PAPER_NEWS_RE = re.compile(  # 本报讯, 【记者游胜钧/台中报导】: a paper's tag or its reporter's, opening any line
    r"^\s*本报(?:[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日)?讯|^\s*【记者[^】\n]{1,16}?(?:报导|报道)】"
)
# Characters lost in conversion, left at the head of a line: "? ? ? ? ? ".
LEAD_JUNK_RE = re.compile(r"^[?？](?:[ \t\u3000]?[?？]){2,}[ \t\u3000]?")
# A news dateline that opens the text: 东北网绥化3月1日讯(宋昕王鑫雨记者沈雪), 台海网7月14日讯 据东南网报道，
NEWS_DATELINE_RE = re.compile(
    r"^\s*【[\u4e00-\u9fff]{1,6}?(?:网|社|报|台)(?:讯|电|消息)】"  # 【本报消息】: a paper's tag in brackets
    r"|^\s*[\u4e00-\u9fff]{1,10}?(?:网|社|报|台)"
    r"(?:[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日))?(?:讯|电|消息(?=\s))[?？]?"
    r"(?:\s*[(（][^()（）\n]{0,30}[)）])?(?:\s*据[\u4e00-\u9fff]{2,10}报道[，,]?)?"
)
# The news source glued after the opening date: 7月4日人民网为期… → 人民网.
DATELINE_RE = re.compile(
    r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?P<src>新华社|新华网|人民网|中新网|央视网|光明网|法制网|中国法院网|本报|"
    r"[\u4e00-\u9fff]{2,4}(?:网|日报|晚报|电视台))(?:讯|电)?"
)


@dataclass(frozen=True)
class Furniture:
    """A stretch of page furniture: [start, end) in the clean text, and why it is furniture."""

    text: str
    reason: str
    start: int
    end: int


def _any_of(rules) -> re.Pattern:
    """One pattern that matches wherever one of ``rules``' patterns matches (each keeps its own flags): most
    lines match none, and one search tells so; a line that matches is asked rule by rule, in order."""
    parts = []
    for _, pattern in rules:
        assert not pattern.flags & ~(re.IGNORECASE | re.UNICODE), pattern.pattern  # scoped below: i only
        parts.append(f"(?{'i' if pattern.flags & re.IGNORECASE else ''}:{pattern.pattern})")
    return re.compile("|".join(parts))


ANY_LINE_ANY_RE, LINE_ANY_RE = _any_of(ANY_LINE_RULES), _any_of(LINE_RULES)


def line_reason(line: str) -> str | None:
    """Why a whole line is furniture, or None.

    >>> [line_reason(x) for x in ["责任编辑：陈思", "0条评论", "|", "发文日期2023年08月25日", "效力级别司法文件"]]
    ['editor', 'counter', 'separator', 'published', 'metadata']
    >>> line_reason("聚焦主责主业 彰显担当作为") is None, line_reason("会议现场。") is None
    (True, True)
    >>> line_reason("法官平均每年必须结1913件案件！（图片摘自网路）"), line_reason("钟楼航拍夜景 供图 CFP")
    ('caption', 'caption')
    >>> line_reason('nload="this.removeAttribute(1);" />'), line_reason('他说a="b"。'), line_reason("（图为调解）")
    ('markup', None, 'caption')
    >>> line_reason("电脑版"), line_reason("时间:2004-03-04"), line_reason("声明:某某网内容版权所有,未经许可不得转载。")
    ('share', 'published', 'navigation')
    >>> line_reason("登录"), line_reason("意见反馈 顶 踩 收藏"), line_reason("更多 今日话题"), line_reason("顶")
    ('share', 'share', 'share', None)
    >>> line_reason("点击:"), line_reason("点击数:12"), line_reason("最新评论共有 0 位网友发表了评论")
    ('counter', 'counter', 'counter')
    >>> line_reason("新闻中心"), line_reason("市法院诉讼服务中心"), line_reason("张文静 （本刊记者 北京 100020） ■文")
    ('navigation', None, 'editor')
    >>> line_reason("记者王捷/台南报导"), line_reason("date 2025-11-18"), line_reason("新闻推荐")
    ('editor', 'published', 'navigation')
    >>> line_reason("重庆交巡警 图"), line_reason("重庆交巡警图"), line_reason("    [ ]")  # a picture's credit
    ('caption', None, 'navigation')
    >>> line_reason("▲屏东警举行「威力扫荡」活动。（图／记者陈崑福翻摄）")  # a Taiwan paper's caption
    'caption'
    >>> line_reason("本报记者 陈 璋"), line_reason("本报记者 陈璋 王 五")  # a name of two, spaced to four's width
    ('editor', 'editor')
    >>> line_reason("文源 | 研究室"), line_reason("最热评论"), line_reason("![]() |"), line_reason("图片")
    ('editor', 'counter', 'caption', 'caption')
    >>> line_reason("特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。")
    'navigation'
    >>> line_reason("酒驾新法上路2年，警方拦查酒测。本报资料照片")  # a sentence, its photo's credit after
    'caption'
    >>> line_reason("粤港澳三地警方展开联合行动，治安警发现多名非法入境者。（治安警察局图片）")  # a body's picture
    'caption'
    >>> line_reason("北碚区“十佳平安卫士”。北碚区委政法委供图"), line_reason("资深促进者与谈。（高检署提供）")
    ('caption', 'caption')
    >>> line_reason("12月4日,省检察院举行宣誓仪式。104名检察官宣誓。本报记者吴贻伙 摄")  # a paragraph, its credit after
    """
    text = line.strip()
    if not text:
        return None
    if ANY_LINE_ANY_RE.search(text):
        for reason, pattern in ANY_LINE_RULES:
            if pattern.search(text) and not (reason == "caption" and len(SENTENCE_END_RE.findall(text)) > 1):
                return reason  # (a paragraph of sentences that ends with its photo's credit is the report's)
    if len(text) > LINE_LIMIT or any(c in text for c in "。！？"):  # a sentence is the report's
        return None
    if LINE_ANY_RE.search(text):
        for reason, pattern in LINE_RULES:
            if pattern.search(text):
                return reason
    return None


def _caption(line: str, following: list[str]) -> str | None:
    """A photo caption: a short line, no sentence, that the next paragraph repeats (会上，…吴炎成发表讲话。)."""
    text = line.strip()
    if not 6 <= len(text) <= CAPTION_LIMIT or any(c in text for c in "。！？；：，"):
        return None
    if is_body(text) or text.endswith(("法院", "法庭")):  # a body's name alone heads its block (黑龙江省委政法委)
        return None
    nxt = next((f for f in following if f.strip()), "")
    return "caption" if len(nxt) > len(text) and text in nxt else None


def _cell_bar(lines: list[str], k: int) -> bool:
    """Whether the lone ``|`` of line ``k`` ends a table's cell: a short cell of no sentence on each side, and
    another lone ``|`` two lines before or after (案由 / | / 增幅 / | / 民间借贷纠纷 / | / 4159); or, after a
    row's cells, the bars of its empty last cell (合计 / | / -4.6 / | / | / 正文。).

    >>> _cell_bar(["案由", "|", "增幅", "|", "4159"], 1), _cell_bar(["会议召开。", "|", "正文。"], 1)
    (True, False)
    >>> lines = ["|", "-4.6", "|", "|", "1.家事案件6334件，同比下降0.02%。"]
    >>> _cell_bar(lines, 2), _cell_bar(lines, 3), _cell_bar(["正文。", "|", "|", "正文。"], 2)
    (True, True, False)

    Or, among cells each closed by its bar on its line, bars alone: that many empty cells (行政许可 | / 0 | / ||).

    >>> _cell_bar(["信息内容 |", "本年处理决定数量 |", "||", "第二十条"], 2), _cell_bar(["正文。", "||", "正文。"], 1)
    (True, False)
    """
    if not 0 < k < len(lines) - 1:
        return False
    if set(lines[k].strip()) == {"|"} and _closed(lines[k - 1]):  # (the text may end inside the table)
        return True
    if lines[k].strip() != "|":
        return False

    def bar(j: int) -> bool:
        return 0 <= j < len(lines) and lines[j].strip() == "|"

    if _cell(lines[k - 1]) and bar(k + 1):  # the bar of a cell before an empty one
        return bar(k - 2)
    if bar(k - 1):  # the bar closing an empty cell
        return _cell(lines[k - 2]) and bar(k - 3) if k >= 2 else False
    return _cell(lines[k - 1]) and _cell(lines[k + 1]) and (bar(k - 2) or bar(k + 2))


def _cell(text: str) -> bool:
    """Whether a line is a table's short cell of no sentence (案由, 4159), no bar alone."""
    text = text.strip()
    return 0 < len(text) <= MAX_CELL and text != "|" and not any(c in text for c in "。！？；，,")


def _closed(line: str) -> bool:
    """Whether a line is one table cell closed by its bar (本年制发件数 |, 0 |): a cell's words, no sentence."""
    text = line.strip()
    body = text.removesuffix("|")
    return text.endswith("|") and "|" not in body and _cell(body)


DASH_CELL_RE = re.compile(r"^\s*[-–—]\s*[#^@*＊]?\s*\|?\s*$")  # -*, - |: a cell not applicable
NUMBER_CELL_RE = re.compile(r"^\s*\d[\d ,.]*%?\s*\|?\s*$")


def _dash_cell(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a table's empty cell written as a dash (-*, - |), a number's line beside it.

    >>> _dash_cell(["90", "36", "-*", "补偿案件"], 2), _dash_cell(["正文。", "-*", "正文。"], 1)
    (True, False)
    """
    if not DASH_CELL_RE.match(lines[k]):
        return False
    return any(NUMBER_CELL_RE.match(lines[j]) for j in (k - 1, k + 1) if 0 <= j < len(lines))


# A site's menu of courts, one short name a line (终审法院 / 高等法院 / 区域法院 / …): navigation, not units; a list of
# courts' whole names (泸州市中级人民法院 / 雅安市中级人民法院 …, an award's) is the text's
MENU_LINE_RE = re.compile(r"^\s*(?![\u4e00-\u9fff]*人民法院)[\u4e00-\u9fff]{2,10}(?:法院|法庭|审裁处|中院|高院)\s*$")
MENU_MIN = 5  # lines of court names in a row that make a menu


# A site's list of links to other stories, one short headline a line (41歲辣媽賽少女 / 最帥潮爸不輸林志穎 / …): no
# sentence's punctuation, no number alone, no heading's numbering, no court (a site's menu, a table's heading), no
# table's cell closed by its bar (行政 处罚 |, a header a cell a line); a run of LINKS_MIN lines or more.
LINK_LINE_RE = re.compile(
    r"^\s*(?![一二三四五六七八九十\d]+[、.．)）])(?!.*(?:法院|法庭|审裁处))(?!.*[|｜]\s*$)(?=.*[\u4e00-\u9fff]{2})"
    r"[^。，,；;：:！？!?、\n]{5,20}$"
)
NUMBER_LINE_RE = re.compile(r"^[\s\d.,%%％-]*$")
LINKS_MIN = 6
PHRASE_LINE_RE = re.compile(r"^\s*[^\s\d]\D{0,19}(?<![。！？!?])\s*$")  # a short line, no number, no sentence's end
PHRASES_MIN = 12  # such lines that, two in three of the text's, are a story written a phrase a line, no links


def _runs(lines: list[str], line_re: re.Pattern, least: int) -> set[int]:
    """Indexes of the lines of runs of ``least`` lines or more in a row that ``line_re`` matches, none a number.

    >>> menu = ["终审法院", "高等法院", "区域法院", "土地审裁处", "裁判法院"]
    >>> sorted(_runs([*menu, "正文。", "海城法院"], MENU_LINE_RE, 5))
    [0, 1, 2, 3, 4]
    """
    out: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if line_re.match(line) and not NUMBER_LINE_RE.match(line):
            run.append(k)
            continue
        if len(run) >= least:
            out.update(run)
        run = []
    return out


def _menus(lines: list[str]) -> set[int]:
    """Indexes of the lines of a menu of courts or of a list of links to other stories.

    >>> links = ["41歲辣媽賽少女", "最帥潮爸不輸林志穎", "36歲女子面若少女"]
    >>> links += ["千頌伊背后的珠寶", "甘蔗西施走紅", "萌翻無數網友"]
    >>> sorted(_menus(["正文。", *links, "正文。"]))
    [1, 2, 3, 4, 5, 6]
    >>> _menus(["一、立案", "二、审判", "三、执行", "四、调解", "五、信访", "六、宣传"])  # a heading's numbering
    set()
    >>> # a table's header a cell a line, each closed by its bar
    >>> _menus(["行政 处罚 |", "举报投诉处理 |", "政府信息公开 |", "行政 征收 |", "行政 确认 |", "行政 强制 |"])
    set()
    >>> phrases = ["在辽宁省葫芦岛市公安局", "有一群著名的老男孩", "平均年龄高达52岁", "他们以不输年轻人的激情",
    ...     "创造了一段佳话", "她遗失在出租车上的6万元钱", "仅用一个小时便被找回"]
    >>> _menus([*phrases, "为群众挽回经济损失1804万元。", *phrases, *phrases])  # a story a phrase a line
    set()
    >>> sorted(_menus(["终审法院", "高等法院", "区域法院", "裁判法院", "死因裁判法庭"]))  # a site's menu of courts
    [0, 1, 2, 3, 4]
    >>> _menus(["泸州市中级人民法院", "雅安市中级人民法院", "自贡市中级人民法院", "德阳市中级人民法院", "达州中院"])
    set()
    """
    links = _runs(lines, LINK_LINE_RE, LINKS_MIN)
    phrases = sum(1 for line in lines if PHRASE_LINE_RE.match(line))
    if phrases >= PHRASES_MIN and 3 * phrases >= 2 * sum(1 for line in lines if line.strip()):
        links = set()  # most lines of a long text short phrases: a story written a phrase a line (WeChat's)
    return _runs(lines, MENU_LINE_RE, MENU_MIN) | links


REPEATED_MIN = 3  # times a page repeats its headline for the later copies to be the page's (a mirror's)


def _repeated(lines: list[str]) -> set[int]:
    """The later copies of the page's first line, a headline with no figure, that it repeats ``REPEATED_MIN`` times
    or more with other lines between (a mirror's headline over each of its pictures), the first kept as the
    headline; never a line with a digit, never copies one after another (a text that is one line repeated keeps
    every line).

    >>> sorted(_repeated(["重庆警方抗洪", "开州:甲", "重庆警方抗洪", "石柱:乙", "重庆警方抗洪"]))
    [2, 4]
    >>> _repeated(["标题", "审结案件数", "12", "审结案件数", "10", "审结案件数"])  # a table's header: not the first
    set()
    >>> _repeated(["化解纠纷近4万件。"] * 5), _repeated(["会议现场"] * 5)  # a figure; copies in a row
    (set(), set())
    """
    filled = [(k, line.strip()) for k, line in enumerate(lines) if line.strip()]
    first = filled[0][1] if filled else ""
    if not first or any(c.isdigit() for c in first):
        return set()
    copies = [n for n, (_, text) in enumerate(filled) if text == first]
    apart = all(b - a > 1 for a, b in zip(copies, copies[1:], strict=False))  # other lines between each two
    return {filled[n][0] for n in copies[1:]} if len(copies) >= REPEATED_MIN and apart else set()


TEASER_END_RE = re.compile(r"(?:\.{3,}|…+)\s*$")  # a summary cut short by the page


def find_furniture(clean: str) -> list[Furniture]:
    """Every furniture span of ``clean``, in order: whole lines, and bylines or a source inside a line.

    >>> [(f.text, f.reason) for f in find_furniture("7月4日人民网为期一天半的座谈会开幕。(作者:薛勇秀)\\n|\\n")]
    [('人民网', 'source'), ('(作者:薛勇秀)', 'editor'), ('|', 'separator')]
    >>> [(f.text, f.reason) for f in find_furniture("【本报消息】廉政公署发布报告,共接获768宗。")]
    [('【本报消息】', 'source')]
    >>> [f.text for f in find_furniture("治安平稳\\n【记者游胜钧/台中报导】台中市今年治安平稳。")]
    ['【记者游胜钧/台中报导】']
    >>> [f.text[-6:] for f in find_furniture("援助5700人。\\n新闻推荐\\n近日,盐亭县人民法院以放火罪对...\\n盐亭新闻。")]
    ['新闻推荐', '火罪对...']
    """
    out: list[Furniture] = []
    pos = 0
    first = True
    lines = clean.split("\n")
    menus = _menus(lines) | _repeated(lines)
    links = False  # below a heading of the page's related links (【相关链接】): their headlines, to the first sentence
    for k, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        reason = line_reason(line) or _caption(line, lines[k + 1 : k + 3]) or ("navigation" if k in menus else None)
        closing = NAMES_ALONE_RE.match(line) and next((ln for ln in reversed(lines[:k]) if ln.strip()), "")
        reason = reason or ("editor" if closing and closing.rstrip()[-1:] in "。！？”" else None)
        teaser = links and TEASER_END_RE.search(line)  # a linked story's first words, cut (…对被告人汤某某...)
        links = bool(RELATED_RE.match(line)) or (links and not reason and ("。" not in line or bool(teaser)))
        if links and not reason and line.strip():
            reason = "navigation"
        if reason == "separator" and (_cell_bar(lines, k) or _dash_cell(lines, k)):
            reason = None  # a table's cell delimiter or empty cell, one cell per line: the table reader's (texttables)
        if reason:
            out.append(Furniture(line, reason, start, end))
            continue
        junk = LEAD_JUNK_RE.match(line)
        if junk:
            out.append(Furniture(junk.group(), "separator", start, start + junk.end()))
            line, start = line[junk.end() :], start + junk.end()
        if first and line.strip():
            first = False
            m = NEWS_DATELINE_RE.match(line)
            if m:
                a = len(line) - len(line.lstrip())
                out.append(Furniture(m.group()[a:], "source", start + a, start + m.end()))
                continue
            m = DATELINE_RE.match(line)
            if m:
                out.append(Furniture(m["src"], "source", start + m.start("src"), start + m.end("src")))
        m = PAPER_NEWS_RE.match(line)
        if m and not any(f.start == start + m.start() for f in out):
            a = len(line) - len(line.lstrip())
            out.append(Furniture(m.group()[a:], "source", start + a, start + m.end()))
        for m in SOURCE_TAG_RE.finditer(line):
            a, b = m.span("agency") if m["agency"] else m.span()  # (the agency without the spaces before it)
            out.append(Furniture(line[a:b], "source", start + a, start + b))
        if m := DATE_TAG_RE.match(line):
            a = len(line) - len(line.lstrip())
            out.append(Furniture(m.group()[a:], "published", start + a, start + m.end()))
        for m in BYLINE_RE.finditer(line):
            reason = "source" if m["who"] == "来源" else "editor"
            out.append(Furniture(m.group(), reason, start + m.start(), start + m.end()))
        m = CLOSING_BYLINE_RE.search(line)
        if m and not BYLINE_RE.search(m.group()):
            out.append(
                Furniture(m.group().rstrip(), "editor", start + m.start(), start + m.start() + len(m.group().rstrip()))
            )
    return out


def source_of(furniture: list[Furniture]) -> str | None:
    """The publishing source the furniture names (来源:上海法院网 → 上海法院网), if any.

    >>> source_of([Furniture("2012-03-02 | 来源:上海法院网 | 作者:孟招祥", "source", 0, 9)])
    '上海法院网'
    """
    for f in furniture:
        m = re.search(r"(?:来源|稿源|转自)\s*[:：]\s*(?P<src>[^\s|｜]+)", f.text)
        if m:
            return m["src"]
        if f.reason == "source" and not f.text.startswith(("(", "（")):
            return f.text.strip("【】")  # 【文汇专讯】 → 文汇专讯
    return None


def blank(text: str, furniture: list[Furniture]) -> str:
    """``text`` with its furniture turned into line breaks (same offsets), so no figure or label reads it.

    >>> blank("甲\\n0条评论", [Furniture("0条评论", "counter", 2, 7)])
    '甲\\n\\n\\n\\n\\n\\n'
    """
    if not furniture:
        return text
    chars = list(text)
    for f in furniture:
        chars[f.start : f.end] = "\n" * (f.end - f.start)
    return "".join(chars)
